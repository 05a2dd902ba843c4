# reading a local before assignment raises NameError (UnboundLocalError in CPython)
x = "global"
def f():
    print(x)
    x = "local"
try:
    f()
except NameError:
    print("caught as NameError")
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except NameError:
    print("caught unassigned branch")
def h():
    v = 1
    del v
    return v
try:
    h()
except NameError:
    print("caught after del")
def outer():
    def inner():
        return z
    try:
        return inner()
    except NameError:
        return "caught free variable before assignment"
    z = 1
print(outer())
