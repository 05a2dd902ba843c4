# defining a class, creating instances, calling methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def as_tuple(self):
        return (self.x, self.y)
p = Point(1, 2)
q = p.moved(3, 4)
print(p.as_tuple(), q.as_tuple(), p.x, q.y)
print(type(p).__name__, Point.__name__, isinstance(p, Point))
class Empty:
    pass
e = Empty()
e.anything = "dynamic"
print(e.anything)
print(Point(0, 0) is Point(0, 0), p is p)
