# keys and items views compare like sets; values views only by identity
a = {1: "x", 2: "y"}
b = {2: "y", 1: "x"}
print(a.keys() == b.keys(), a.items() == b.items(), a.values() == b.values())
print(a.keys() == {1, 2}, {1, 2} == a.keys(), a.keys() == [1, 2], a.keys() != {1})
print(a.items() == {(1, "x"), (2, "y")}, a.keys() == frozenset([1, 2]))
print(a.keys() < {1, 2, 3}, a.keys() <= {1, 2}, a.keys() > {1}, a.keys() >= {3})
print({1} < a.keys(), a.items() > {(1, "x")})
v = a.values()
print(v == v)
