# getattr, setattr, hasattr and delattr
class O:
    cls_attr = "class"
o = O()
setattr(o, "x", 10)
print(o.x, getattr(o, "x"), hasattr(o, "x"), hasattr(o, "y"))
print(getattr(o, "y", "default"), getattr(o, "cls_attr"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError:
    print("AttributeError")
try:
    delattr(o, "missing")
except AttributeError:
    print("AttributeError on delattr")
name = "dyn"
setattr(O, name, lambda self: "dynamic method")
print(o.dyn())
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(1, "append"))
