# bound and unbound methods
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        return self.v + n
c = C(10)
m = c.get
print(m(), C.get(c), C.add(c, 5))
d = C(20)
print([f() for f in (c.get, d.get)])
add = d.add
print(add(1), list(map(c.add, [1, 2, 3])))
print(sorted([C(3), C(1), C(2)], key=C.get)[0].v)
c.v = 99
print(m())
