# zip pairs items until the shortest iterable ends
print(list(zip([1, 2, 3], "abc")), list(zip("ab", [1, 2, 3])))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
print(dict(zip("abc", range(3))))
for a, b, c in zip((1, 2), "xy", [True, False]):
    print(a, b, c)
