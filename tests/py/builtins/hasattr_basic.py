# hasattr for attributes, methods, class attributes and missing names
class C:
    a = 1
    def m(self):
        pass
print(hasattr(C(), "a"), hasattr(C(), "m"), hasattr(C, "m"), hasattr(C(), "z"))
print(hasattr([], "append"), hasattr([], "add"), hasattr({}, "keys"), hasattr(set(), "add"))
print(hasattr(frozenset(), "add"), hasattr((), "count"), hasattr(range(3), "start"))
print(hasattr(1, "__class__"), hasattr(None, "x"))
try:
    hasattr(C(), 1)
except TypeError as e:
    print(type(e).__name__)
