# reversed of dicts and dict views goes from the last key
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
print(list(reversed(d)), list(reversed(d.keys())))
print(list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})))
r = reversed(d)
d["e"] = 5
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__)
