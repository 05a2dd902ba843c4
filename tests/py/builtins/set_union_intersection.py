# union and intersection with any iterables, returning new sets
a = {1, 2, 3}
print(a.union([4]), a.union([4], (5,), [6]), a.union())
print(a.intersection([2, 3, 9]), a.intersection([2, 3], {3}), a.intersection())
print(a, a.union() is a, a.intersection() == a)
print(frozenset([1]).union([2]), type(frozenset([1]).intersection([1])).__name__)
print(a | {4}, a & {1, 9})
