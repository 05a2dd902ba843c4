# imports inside functions bind local names
def f():
    import mod_simple
    from mod_simple import VALUE as v
    return mod_simple.VALUE + v
print(f())
print("mod_simple" in globals(), "v" in globals())
def g():
    from mod_noall import public_func
    return public_func()
print(g())
