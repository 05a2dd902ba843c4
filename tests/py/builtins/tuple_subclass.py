# a tuple subclass gets its value from tuple.__new__
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, type(p).__name__, len(p), p.first(), p[1], isinstance(p, tuple))
print(p == (1, 2), hash(p) == hash((1, 2)), p + (3,), list(p), p.count(2), p.index(2))
class T(tuple):
    pass
t = T([1, 2, 3])
print(t, T(), t[::2])
print(tuple.__new__(T, "ab"))
