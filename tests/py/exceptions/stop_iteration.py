# StopIteration from next() and its value
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
e = StopIteration("v")
print(e.value, e.args)
print(StopIteration().value)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
