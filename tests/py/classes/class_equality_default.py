# without __eq__ instances compare by identity
class P:
    def __init__(self, v):
        self.v = v
a = P(1)
b = P(1)
c = a
print(a == b, a == c, a != b, a is c)
print(a in [b], a in [c], [a].count(c))
print({a: 1}.get(b, "missing"), {a: 1}.get(c))
