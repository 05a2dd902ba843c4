# zip consumes its iterators lazily, left to right
log = []
def gen(name, n):
    for i in range(n):
        log.append(name + str(i))
        yield i
z = zip(gen("a", 2), gen("b", 5))
print(log)
print(next(z), log)
print(list(z), log)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__)
