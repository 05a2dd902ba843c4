# catching an exception by its type
try:
    raise ValueError("bad value")
except ValueError as e:
    print("caught", type(e).__name__, e)
try:
    [][0]
except IndexError:
    print("caught IndexError")
try:
    print("no exception")
except Exception:
    print("not reached")
def f():
    raise KeyError("k")
try:
    f()
except KeyError as e:
    print("caught from function", e.args)
try:
    int("x")
except ValueError:
    print("caught ValueError from int()")
print("after")
