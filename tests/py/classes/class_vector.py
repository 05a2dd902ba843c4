# a small vector class combining arithmetic, comparison and container dunders
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return any(self.c)
    def __repr__(self):
        return "Vec" + repr(tuple(self.c))
    def dot(self, o):
        return sum(a * b for a, b in zip(self, o))
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, -v)
print(v == Vec(1, 2, 3), v != w, len(v), v[1], list(v), v.dot(w))
print(bool(Vec(0, 0)), bool(v), sum(v), max(w))
x, y, z = v
print(x, y, z)
