# yield as an expression in various positions
def g():
    x = yield
    print("got", x)
    y = (yield x) + 1
    print("got", y)
    l = [(yield), (yield)]
    print("list", l)
    yield "end"
it = g()
next(it)
print(it.send(1))
print(it.send(10))
it.send("a")
print(it.send("b"))
def ret_yield():
    return (yield 1)
r = ret_yield()
next(r)
try:
    r.send("value")
except StopIteration as e:
    print("returned", e.value)
def in_call():
    print("arg", (yield "asking"))
    yield
c = in_call()
print(next(c))
c.send("answer")
