# missing attributes raise AttributeError
class A:
    x = 1
a = A()
try:
    a.y
except AttributeError as e:
    print("AttributeError", e)
try:
    A.y
except AttributeError:
    print("AttributeError on class")
try:
    (1).nope
except AttributeError:
    print("AttributeError on int")
try:
    "s".nope()
except AttributeError:
    print("AttributeError on str method")
try:
    None.attr
except AttributeError:
    print("AttributeError on None")
try:
    del a.x
except AttributeError:
    print("AttributeError deleting class attribute through instance")
print(getattr(a, "y", "default"), hasattr(a, "y"))
