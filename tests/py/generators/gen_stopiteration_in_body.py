# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def g():
    yield 1
    raise StopIteration("inside")
it = g()
print(next(it))
try:
    next(it)
except RuntimeError:
    print("RuntimeError")
except StopIteration:
    print("not reached")
def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError:
    print("RuntimeError from next() inside generator")
def ok():
    try:
        yield next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(ok()))
