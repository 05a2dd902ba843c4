# classes implementing __enter__ and __exit__
class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened += 1
        print("open", self.name, Resource.opened)
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        Resource.opened -= 1
        print("close", self.name, Resource.opened, exc_type is not None)
        return isinstance(exc_value, KeyError)
with Resource("a") as r:
    print("using", r.name)
with Resource("b"), Resource("c"):
    print("two open")
with Resource("d"):
    raise KeyError("suppressed by __exit__")
try:
    with Resource("e"):
        raise ValueError("not suppressed")
except ValueError:
    print("ValueError propagated")
print(Resource.opened)
