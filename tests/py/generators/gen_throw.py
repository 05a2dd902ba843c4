# throw() raises an exception at the paused yield
def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside", e.args)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
def h():
    yield 1
    yield 2
it = h()
next(it)
try:
    it.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", e.args)
try:
    next(it)
except StopIteration:
    print("generator is finished after unhandled throw")
def fresh():
    yield 1
try:
    fresh().throw(IndexError)
except IndexError:
    print("throw into an unstarted generator raises at once")
