# dict keys of different hashable types
d = {}
d[1] = "int"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "frozenset"
print(d[1], d["1"], d[(1, 2)], d[None], d[frozenset([1])])
d[True] = "true overwrites 1"
print(d[1], len(d))
d[1.0] = "float overwrites 1"
print(d[True])
d2 = {0: "zero"}
d2[False] = "false"
print(d2, len(d2))
for bad in ([1], {"a": 1}, {1}):
    try:
        d[bad] = 0
    except TypeError:
        print("TypeError", type(bad).__name__)
print((1, 2) in d, [1, 2] == list((1, 2)))
