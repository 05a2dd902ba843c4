# min, max, sum, any and all
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"))
print(min([3, 1], key=lambda x: -x), max(["a", "bbb", "cc"], key=len))
print(max([], default="empty"), min((), default=None))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(()))
print(any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]), any([]), all([]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
try:
    min([])
except ValueError:
    print("ValueError")
try:
    max(1)
except TypeError:
    print("TypeError")
