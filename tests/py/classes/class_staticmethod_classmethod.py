# staticmethod and classmethod
class Tool:
    factor = 2
    def __init__(self, v):
        self.v = v
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls, v):
        return cls(v * cls.factor)
    @classmethod
    def name(cls):
        return cls.__name__
class Special(Tool):
    factor = 10
print(Tool.add(1, 2), Tool(0).add(3, 4))
t = Tool.create(5)
s = Special.create(5)
print(type(t).__name__, t.v, type(s).__name__, s.v)
print(Tool.name(), Special.name(), s.name(), t.create(1).v)
f = Tool.add
print(f(10, 20))
class Legacy:
    def plain(x):
        return x * 3
    plain = staticmethod(plain)
    def cm(cls):
        return cls.__name__
    cm = classmethod(cm)
print(Legacy.plain(2), Legacy().plain(3), Legacy.cm(), Legacy().cm())
