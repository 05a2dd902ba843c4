# the exception for an unassigned local is UnboundLocalError, a NameError subclass (CPython; MicroPython raises NameError)
def f():
    n += 1
    n = 0
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))
print(issubclass(UnboundLocalError, NameError))
