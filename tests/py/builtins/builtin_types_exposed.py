# the type objects in builtins
for t in (object, type, list, tuple, dict, set, frozenset, range, slice, property, staticmethod, classmethod, super):
    print(t.__name__, type(t) is type)
print(list is type([]), dict is type({}), range is type(range(0)))
