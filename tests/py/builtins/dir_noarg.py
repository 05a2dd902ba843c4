# dir() lists the current scope's names, sorted
def f(b, a):
    c = 1
    return dir()
print(f(1, 2))
class C:
    z = 1
    y = dir()
print([n for n in C.y if not n.startswith("__")])
