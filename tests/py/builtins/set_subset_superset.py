# issubset, issuperset and isdisjoint with any iterables
a = {1, 2}
print(a.issubset({1, 2, 3}), a.issubset([1]), a.issubset(range(5)), set().issubset([]))
print(a.issuperset([1]), a.issuperset((1, 2, 3)), a.issuperset([]), a.issuperset(iter([2])))
print(a.isdisjoint([3]), a.isdisjoint({2, 5}), a.isdisjoint(""), frozenset([1]).isdisjoint([1]))
print(a <= {1, 2}, a < {1, 2}, a >= {1}, a > {1, 2}, a == frozenset([2, 1]))
try:
    a.issubset(5)
except TypeError as e:
    print(type(e).__name__)
