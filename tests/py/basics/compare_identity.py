# is and is not
a = [1]
b = [1]
c = a
print(a is c, a is b, a is not b, a == b)
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None)
def f():
    pass
print(f() is None)
t = ()
print(type(t) is tuple, type(a) is list, type(a) is not tuple)
print(a is a[:], a == a[:])
