# one generator shared by several consumers
def source():
    for i in range(10):
        yield i
s = source()
a = [next(s) for _ in range(3)]
b = list(zip(s, s))
print(a, b)
s = source()
for x in s:
    if x == 2:
        print("skipping", next(s))
    if x > 5:
        break
print(list(s))
