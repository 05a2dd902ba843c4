# calling with keyword arguments
def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2), f(a=1, b=2), f(b=2, a=1), f(1, c=9, b=8))
def g(x, y):
    return x - y
print(g(y=1, x=10))
def h(*, only):
    return only
print(h(only="kw"))
def show(**kw):
    return sorted(kw.items())
print(show(), show(z=1, a=2))
print(dict(one=1, two=2) == {"one": 1, "two": 2})
print(sorted(dict([("a", 1)], b=2).items()))
