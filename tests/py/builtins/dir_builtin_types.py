# the public methods of the container types
for t in (list, tuple, dict, set, frozenset, range, slice):
    print(t.__name__, [n for n in dir(t) if not n.startswith("_")])
