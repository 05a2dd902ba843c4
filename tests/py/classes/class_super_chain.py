# super() chains through every level of a hierarchy
log = []
class A:
    def __init__(self):
        log.append("A")
class B(A):
    def __init__(self):
        log.append("B")
        super().__init__()
class C(B):
    def __init__(self):
        log.append("C")
        super().__init__()
class D(C):
    pass
D()
print(log)
class Shape:
    def area(self):
        return 0
    def describe(self):
        return type(self).__name__ + " area " + str(self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Cube(Square):
    def area(self):
        return 6 * super().area()
print(Square(3).describe(), Cube(2).describe())
