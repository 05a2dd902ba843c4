# attributes added and removed at run time with setattr, getattr and delattr
class Bag:
    pass
b = Bag()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(b, name, i)
print([getattr(b, n) for n in ["alpha", "beta", "gamma"]])
delattr(b, "beta")
print(hasattr(b, "alpha"), hasattr(b, "beta"))
setattr(Bag, "shared", "on the class")
print(b.shared, Bag().shared)
def method(self):
    return "bound later"
Bag.method = method
print(b.method())
b.func = lambda: "instance function, not bound"
print(b.func())
