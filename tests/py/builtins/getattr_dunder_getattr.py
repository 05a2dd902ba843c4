# getattr, hasattr and __getattr__
class D:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
d = D()
print(getattr(d, "auto_x"), hasattr(d, "auto_y"), hasattr(d, "other"))
print(getattr(d, "other", "dflt"))
print(getattr(d, "__class__").__name__)
