# *args and **kwargs parameters
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return sorted(kw.items())
print(h(), h(a=1, b=2))
def both(a, b=0, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(both(1, c=3))
print(both(1, 2, 3, 4, c=5, d=6, e=7))
def count(*args, **kw):
    return len(args), len(kw)
print(count(*range(5), **{"x": 1, "y": 2}))
def pass_through(*args, **kw):
    return both(*args, **kw)
print(pass_through(9, 8, c=7))
