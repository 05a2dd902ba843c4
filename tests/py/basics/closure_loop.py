# closures created in loops share the loop variable
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def make_bound():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make_bound()])
def make_factory():
    def factory(i):
        return lambda: i
    return [factory(i) for i in range(3)]
print([f() for f in make_factory()])
def while_closures():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(while_closures())
