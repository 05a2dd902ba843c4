# repr and str of built-in values
for v in [0, -5, 10 ** 20, True, None, "s", "", [1, "a"], (1,), (), [], {}, set(), b"ab", bytearray(b"x"), [[]], ((), [])]:
    print(repr(v), str(v))
print(repr({"k": [1, (2, "v")]}))
print(str({1: {2: "x"}}))
print(repr({"set member"}), repr(frozenset()))
