# del of names, items, slices and attributes
a = 1
del a
try:
    a
except NameError:
    print("NameError after del")
l = [0, 1, 2, 3, 4]
del l[0]
del l[-1]
print(l)
del l[:1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError:
    print("AttributeError")
b, c = 1, 2
del b, c
print("b" in globals(), "c" in globals())
def f():
    v = 1
    del v
    try:
        return v
    except NameError:
        return "NameError in function"
print(f())
x = [1, [2, 3]]
del x[1][0]
print(x)
def del_unbound():
    del local_never_set
    local_never_set = 1
try:
    del_unbound()
except NameError:
    print("NameError on del")
