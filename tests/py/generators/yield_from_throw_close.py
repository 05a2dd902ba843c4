# throw() and close() are forwarded through yield from
def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "inner handled ValueError"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(ValueError))
g.close()
print("---")
g = outer()
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e.args)
print("---")
def catcher():
    try:
        yield from inner()
    except IndexError:
        yield "outer handled IndexError"
g = catcher()
next(g)
print(g.throw(IndexError))
