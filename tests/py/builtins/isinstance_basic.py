# isinstance with built-in types
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(set(), set), isinstance(frozenset(), frozenset), isinstance(set(), frozenset))
print(isinstance(range(1), range), isinstance(slice(1), slice), isinstance(None, object))
print(isinstance(1, object), isinstance(int, type), isinstance(type, type), isinstance(type, object))
