# setattr and delattr on instances and classes
class C:
    pass
c = C()
setattr(c, "a", 1)
print(c.a, hasattr(c, "a"))
setattr(c, "a", 2)
print(getattr(c, "a"))
delattr(c, "a")
print(hasattr(c, "a"))
try:
    delattr(c, "a")
except AttributeError as e:
    print(type(e).__name__)
setattr(C, "shared", "s")
print(c.shared)
delattr(C, "shared")
print(hasattr(c, "shared"))
for obj in (1, [], "s"):
    try:
        setattr(obj, "x", 1)
    except AttributeError as e:
        print(type(e).__name__)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(type(e).__name__)
