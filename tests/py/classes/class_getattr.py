# __getattr__ is called only for attributes that are not found normally
class Dynamic:
    existing = "class attribute"
    def __init__(self):
        self.own = "instance attribute"
    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError(name)
d = Dynamic()
print(d.own, d.existing, d.computed_hello)
print(getattr(d, "computed_x"), hasattr(d, "computed_y"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError", e.args)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
