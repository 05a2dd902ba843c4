# the builtin iterator classes have the CPython names and are their own iterators
for it in (enumerate([]), zip(), map(str, []), filter(None, []), reversed([])):
    print(type(it).__name__ if type(it).__name__ != "list_reverseiterator" else "reversed", iter(it) is it)
print(type(iter(int, 1)).__name__)
print(enumerate, zip, map, filter, reversed)
print(isinstance(zip(), zip), isinstance(map(str, []), map))
