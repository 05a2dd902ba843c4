# super() calls the parent's implementation
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child.__init__", y)
    def hello(self):
        return "Child+" + super().hello()
    @classmethod
    def make(cls):
        return "Child+" + super().make()
c = Child(1, 2)
print(c.x, c.y, c.hello(), Child.make())
class GrandChild(Child):
    def hello(self):
        return "Grand+" + super().hello()
print(GrandChild(3, 4).hello())
class Explicit(Base):
    def hello(self):
        return "Explicit+" + super(Explicit, self).hello()
print(Explicit(0).hello())
