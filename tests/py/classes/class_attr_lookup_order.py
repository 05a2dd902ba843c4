# attribute lookup: data descriptors, then the instance, then the class and its bases
class Base:
    a = "Base.a"
    b = "Base.b"
    c = "Base.c"
class Mid(Base):
    b = "Mid.b"
class Leaf(Mid):
    c = "Leaf.c"
    @property
    def p(self):
        return "property wins"
x = Leaf()
print(x.a, x.b, x.c)
x.c = "instance c"
print(x.c, Leaf.c)
try:
    x.p = "instance p"
except AttributeError:
    print("AttributeError: property without setter")
print(x.p)
Base.a = "Base.a changed"
print(x.a, Mid.a)
Mid.a = "Mid.a added"
print(x.a, Base.a)
