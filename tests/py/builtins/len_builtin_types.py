# len of the built-in containers
print(len([]), len([1, 2]), len(()), len((1,)))
print(len(""), len("abc"), len("h\u00e9llo"))
print(len({}), len({1: 2, 3: 4}), len(set()), len({1, 2, 2}))
print(len(frozenset([1, 2, 3])), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len(b"ab"), len(bytearray(3)))
d = {"a": 1, "b": 2}
print(len(d.keys()), len(d.values()), len(d.items()))
