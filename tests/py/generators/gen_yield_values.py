# yield with no value, with None, with tuples and with expressions
def g():
    yield
    yield None
    yield 1, 2
    yield [3]
    yield "a" + "b"
    yield (yield "inner")
print(list(g()))
it = g()
for _ in range(5):
    next(it)
print(next(it))
print(it.send("sent back"))
