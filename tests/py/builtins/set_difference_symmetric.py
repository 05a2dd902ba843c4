# difference and symmetric_difference
a = {1, 2, 3, 4}
print(a.difference([1]), a.difference([1], (2,)), a.difference())
print(a.symmetric_difference([3, 4, 5]), a.symmetric_difference(a))
print(a - {1, 2}, a ^ {1, 10})
print(frozenset([1, 2]).difference([1]), frozenset([1]).symmetric_difference([2]))
try:
    a.symmetric_difference([1], [2])
except TypeError as e:
    print(type(e).__name__)
