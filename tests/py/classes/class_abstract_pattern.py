# abstract base classes by convention: NotImplementedError in the base
class Shape:
    def area(self):
        raise NotImplementedError
    def describe(self):
        return "%s with area %d" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circleish(Shape):
    pass
print(Rect(2, 3).describe())
try:
    Circleish().describe()
except NotImplementedError:
    print("NotImplementedError")
shapes = [Rect(1, 1), Rect(2, 5), Rect(3, 3)]
print([s.area() for s in sorted(shapes, key=lambda s: s.area())])
