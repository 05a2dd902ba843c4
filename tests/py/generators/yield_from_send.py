# send() and next() pass through yield from to the sub-generator
def inner():
    received = []
    while len(received) < 3:
        x = yield "inner got %d" % len(received)
        received.append(x)
    return received
def outer():
    result = yield from inner()
    yield "outer done with %s" % result
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
try:
    next(g)
except StopIteration:
    print("finished")
