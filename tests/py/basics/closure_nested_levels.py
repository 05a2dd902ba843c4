# nonlocal and reads across several levels of nesting
def level1():
    x = 1
    def level2():
        y = 2
        def level3():
            nonlocal x, y
            x += 10
            y += 20
            return x + y
        r = level3()
        return r, y
    r = level2()
    return r, x
print(level1())
def chain():
    v = "a"
    def f():
        def g():
            def h():
                return v
            return h()
        return g()
    return f()
print(chain())
def skip_level():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 1
        inner()
        inner()
    mid()
    return n
print(skip_level())
