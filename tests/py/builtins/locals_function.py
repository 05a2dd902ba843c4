# locals() in a function: a new dict of the bound local names
def f(a, b=2, *args, **kw):
    c = 3
    return sorted(locals().items())
print(f(1))
print(f(1, 5, 6, k=7))
def g():
    before = sorted(locals())
    z = 1
    return before, sorted(locals())
print(g())
def h():
    v = 1
    del v
    return locals()
print(h())
