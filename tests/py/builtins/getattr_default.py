# getattr with and without a default
class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    def method(self):
        return "m"
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "method")())
print(getattr(c, "missing", "default"), getattr(c, "x", "unused"))
print(getattr(C, "cls_attr"), getattr([], "missing", None))
print(getattr(1, "real"), getattr("abc", "upper")())
name = "x"
print(getattr(c, name + ""))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__)
