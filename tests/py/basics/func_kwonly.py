# keyword-only parameters after * or *args
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=5, b=4))
def g(*args, key=None):
    return args, key
print(g(1, 2), g(1, 2, key="k"))
def check(fn):
    try:
        fn()
        print("no error")
    except TypeError:
        print("TypeError")
check(lambda: f(1, 2))
check(lambda: f(1))
check(lambda: f(1, b=2, d=4))
def h(*, x, y=0, z):
    return x + y + z
print(h(x=1, z=2), h(z=1, y=1, x=1))
