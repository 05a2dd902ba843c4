# sending a non-None value to a just-started generator is a TypeError
def g():
    x = yield 1
    yield x
it = g()
try:
    it.send("too early")
except TypeError:
    print("TypeError")
print(it.send(None))
print(it.send("now fine"))
def done():
    yield 1
d = done()
list(d)
try:
    d.send(None)
except StopIteration:
    print("StopIteration from exhausted generator")
