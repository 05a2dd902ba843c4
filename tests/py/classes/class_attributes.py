# class attributes are shared; instance attributes shadow them
class C:
    shared = "class value"
    items = []
    def __init__(self, name):
        self.name = name
a = C("a")
b = C("b")
print(a.shared, b.shared, C.shared)
a.shared = "instance value"
print(a.shared, b.shared, C.shared)
C.shared = "changed on class"
print(a.shared, b.shared)
del a.shared
print(a.shared)
a.items.append(1)
print(b.items, C.items)
b.items = ["own"]
print(a.items, b.items)
C.new_attr = 42
print(a.new_attr, hasattr(b, "new_attr"))
print(a.name, b.name)
