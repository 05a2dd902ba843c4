# any hashable object can be a key; equal numbers are one key
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "frozenset"
print(d)
print(d[1], d[(1, 2)], d[frozenset({1})])
try:
    d[[1]] = 1
except TypeError as e:
    print(type(e).__name__)
