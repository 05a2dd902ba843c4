# __hash__ and __eq__ make instances usable as dict keys and set members
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
d = {Key("a"): 1}
print(d[Key("a")], Key("a") in d, Key("b") in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
class Identity:
    pass
i = Identity()
print({i: "by identity"}[i], len({Identity(), Identity()}))
class ConstHash:
    def __hash__(self):
        return 7
print(hash(ConstHash()), hash(ConstHash()) == 7)
class Unhashable:
    def __eq__(self, other):
        return True
try:
    {Unhashable(): 1}
except TypeError:
    print("TypeError")
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError:
    print("TypeError for __hash__ = None")
