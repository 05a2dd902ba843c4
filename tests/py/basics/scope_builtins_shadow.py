# builtins can be shadowed locally and globally
def f():
    len = lambda x: "shadowed"
    return len([1, 2])
print(f(), len([1, 2]))
def g(list):
    return list
print(g(5), list("ab"))
max = lambda *a: "global shadow"
print(max(1, 2))
del max
print(max(1, 2))
def h():
    return abs(-3)
abs = str
print(h())
del abs
print(h())
