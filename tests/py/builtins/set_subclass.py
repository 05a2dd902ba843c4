# set and frozenset subclasses
class S(set):
    def total(self):
        return sum(self)
s = S([1, 2, 2])
print(sorted(s), s.total(), type(s).__name__, isinstance(s, set), len(s))
s.add(5)
print(sorted(s), 5 in s, sorted(s | {7}), type(s | {7}).__name__)
set.__init__(s, [9])
print(sorted(s))
class F(frozenset):
    pass
f = F([3, 4])
print(sorted(f), type(f).__name__, hash(f) == hash(frozenset([3, 4])), f == {3, 4})
print(sorted(F()))
