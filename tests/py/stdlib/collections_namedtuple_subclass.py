# subclassing a namedtuple adds methods
from collections import namedtuple
class Point(namedtuple("Point", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return "Pt<%d,%d>" % (self.x, self.y)
p = Point(3, 4)
print(p.norm2(), p, p.x, p[1])
print(Point._make([1, 1]).norm2())
print(isinstance(p, tuple))
a, b = p
print(a + b)
