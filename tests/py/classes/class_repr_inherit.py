# __repr__ and __str__ are inherited; str() falls back to __repr__
class Base:
    def __repr__(self):
        return type(self).__name__ + "()"
class Child(Base):
    pass
class WithStr(Child):
    def __str__(self):
        return "custom str"
for obj in (Base(), Child(), WithStr()):
    print(repr(obj), str(obj), obj, [obj])
