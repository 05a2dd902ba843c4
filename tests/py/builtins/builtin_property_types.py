# property, staticmethod and classmethod from builtins
class C:
    def __init__(self):
        self._x = 1
    def get_x(self):
        return self._x
    x = property(get_x)
    @staticmethod
    def s(a):
        return a * 2
    @classmethod
    def c(cls):
        return cls.__name__
print(C().x, C.s(4), C().s(5), C.c(), C().c())
print(type(C.__dict__["x"]).__name__, isinstance(C.__dict__["s"], staticmethod), isinstance(C.__dict__["c"], classmethod))
