# __setattr__ and __delattr__ intercept every attribute assignment and deletion
class Logged:
    def __init__(self):
        self.created = True
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
o = Logged()
o.x = 1
o.x += 1
print(o.x, o.created)
del o.x
print(hasattr(o, "x"))
setattr(o, "y", "via setattr")
delattr(o, "y")
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError", e, f.v)
