# globals() is the module namespace; writing to it defines names
g = globals()
print(type(g).__name__, g["__name__"], "g" in g)
g["made_here"] = 42
print(made_here)
x = 1
print(g["x"])
def f():
    return globals() is g
print(f())
