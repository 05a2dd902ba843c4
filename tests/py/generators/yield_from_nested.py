# several levels of yield from
def level3():
    yield "3a"
    x = yield "3b"
    return "level3(" + str(x) + ")"
def level2():
    r = yield from level3()
    yield "2:" + r
    return "level2"
def level1():
    r = yield from level2()
    yield "1:" + r
g = level1()
print(next(g))
print(next(g))
print(g.send("sent"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)
print(list(recursive(6)))
