# sorted returns a new list and leaves its argument alone
a = [3, 1, 2]
b = sorted(a)
print(b, a, b is a)
print(sorted((3, 1, 2)), sorted("cab"), sorted({3: 0, 1: 0}), sorted({5, 2, 8}))
print(sorted(range(5, 0, -1)), sorted(x % 3 for x in range(7)), sorted([]))
print(sorted([2.5, 1, -3, 0.5]), sorted([True, 0, -1]))
