# properties are inherited and can be overridden
class Base:
    @property
    def name(self):
        return "base"
    @property
    def upper(self):
        return self.name.upper()
class Child(Base):
    @property
    def name(self):
        return "child"
print(Base().upper, Child().upper, Child().name)
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
l = Lazy()
print(l.value, l.value, l.calls)
