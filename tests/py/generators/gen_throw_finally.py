# throw() runs finally blocks and can be turned into a return value
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally on throw")
it = g()
next(it)
try:
    it.throw(RuntimeError)
except RuntimeError:
    print("RuntimeError propagated")
def converting():
    try:
        yield "first"
    except KeyError:
        return "converted to return"
it = converting()
next(it)
try:
    it.throw(KeyError)
except StopIteration as e:
    print(e.value)
def class_throw():
    try:
        yield
    except ValueError as e:
        yield type(e).__name__
it = class_throw()
next(it)
print(it.throw(ValueError))
