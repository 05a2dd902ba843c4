# writing to a function's locals() dict does not change the local variables
def f():
    a = 1
    d = locals()
    d["a"] = 100
    return a, d["a"]
print(f())
def g(x):
    d = locals()
    x = 2
    return d["x"], x
print(g(1))
