# set and frozenset dunder methods called directly
s = {1, 2}
print(s.__contains__(1), s.__len__(), sorted(s.__iter__()), s.__repr__())
print(s.__or__({3}), s.__and__({2}), s.__sub__({1}), s.__xor__({2, 9}), s.__or__([3]))
r = s.__ior__({5})
print(r is s, sorted(s))
print(s.__eq__({1, 2, 5}), s.__lt__({1, 2, 5, 6}), set.__hash__)
f = frozenset([1])
print(f.__hash__() == hash(f), hasattr(f, "__ior__"), hasattr(f, "add"))
