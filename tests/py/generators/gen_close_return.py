# a generator may catch GeneratorExit and return; yielding again is a RuntimeError
def returns():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup then return")
        return
it = returns()
next(it)
it.close()
print("closed cleanly")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to stop"
it = stubborn()
next(it)
try:
    it.close()
except RuntimeError:
    print("RuntimeError")
def other_exception():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during close")
it = other_exception()
next(it)
try:
    it.close()
except ValueError as e:
    print("close propagates", e)
