# a custom metaclass via metaclass= (CPython semantics; MicroPython does not support the metaclass keyword)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Child(Base):
    pass
c = Child(5)
print(c.v, Child.created_by, type(Child).__name__, isinstance(Child, Meta))
