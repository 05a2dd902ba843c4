# calling with the wrong arguments raises TypeError
def f(a, b):
    return a + b
def g(a, b=1):
    return a
def check(fn):
    try:
        fn()
        print("no error")
    except TypeError:
        print("TypeError")
check(lambda: f(1))
check(lambda: f(1, 2, 3))
check(lambda: f())
check(lambda: f(1, a=1))
check(lambda: f(1, c=2))
check(lambda: g(b=2))
check(lambda: g(1, 2, 3))
check(lambda: f(*[1, 2, 3]))
check(lambda: f(**{"a": 1, "b": 2, "z": 3}))
check(lambda: len())
check(lambda: len(1, 2))
check(lambda: (lambda: 0)(1))
check(lambda: f(1, 2))
