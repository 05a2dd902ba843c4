# the value of yield from is the sub-generator's return value
def sub(n):
    for i in range(n):
        yield i
    return "sub returned %d" % n
def delegator():
    r1 = yield from sub(2)
    print(r1)
    r2 = yield from sub(1)
    print(r2)
    return r1 + "; " + r2
g = delegator()
print(list(g))
def total():
    t = 0
    while True:
        x = yield
        if x is None:
            return t
        t += x
def collect(results):
    while True:
        results.append((yield from total()))
res = []
c = collect(res)
next(c)
for v in [1, 2, 3, None, 10, None]:
    c.send(v)
print(res)
def from_list():
    r = yield from [1, 2]
    yield r
print(list(from_list()))
