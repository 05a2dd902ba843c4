# dict's dunder methods called directly
d = {"a": 1}
d.__setitem__("b", 2)
print(d.__getitem__("b"), d.__contains__("a"), d.__len__(), d.__repr__())
d.__delitem__("a")
print(d, list(d.__iter__()), list(d.__reversed__()))
print(d.__eq__({"b": 2}), d.__ne__({}), d.__or__({"c": 3}))
r = d.__ior__({"d": 4})
print(r is d, d)
try:
    d.__getitem__("zz")
except KeyError as e:
    print(type(e).__name__)
print(d.__or__(5), dict.__hash__)
