# equal numbers hash equal; hash is stable for a value
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(False) == hash(0.0))
print(hash("abc") == hash("ab" + "c"))
print(hash((1, "a")) == hash((1, "a")))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(-1) == hash(-1))
print(type(hash("x")).__name__, type(hash(None)).__name__)
