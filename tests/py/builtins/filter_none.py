# filter(None, ...) keeps the truthy items
print(list(filter(None, [0, 1, "", "x", None, [], [0], 0.0, 2.5, False, True])))
print(tuple(filter(None, range(-2, 3))))
