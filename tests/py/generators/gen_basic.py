# a function with yield returns a generator that runs lazily
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
try:
    next(g)
except StopIteration:
    print("still exhausted")
def empty():
    return
    yield
print(list(empty()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
print(iter(g) is g)
