# set algebra; results are printed sorted
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9])), sorted(a.intersection(range(3))))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
print({1}.issubset(a), a.issuperset({1, 5}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 20}
print(sorted(c))
c.intersection_update([10, 30])
print(sorted(c))
c.difference_update([10])
print(sorted(c))
c.symmetric_difference_update({5, 6})
print(sorted(c))
f = frozenset([1, 2, 2])
print(sorted(f), len(f), 1 in f, sorted(f | {3}), sorted(f & {2, 3}))
print({f: "frozen key"}[frozenset([2, 1])])
