# __eq__ and the derived !=
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v
a, b, c = V(1), V(1), V(2)
print(a == b, a == c, a != b, a != c)
print(a == 1, a != 1)
print(a in [c, b], [a] == [b], (a, c) == (b, V(2)))
print([V(1), V(2)].index(V(2)), [V(1), V(1)].count(b))
class Default:
    pass
d = Default()
print(d == d, d == Default(), d != Default())
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, AlwaysEqual() == None)
