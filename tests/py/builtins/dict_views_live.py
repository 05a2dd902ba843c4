# views reflect later changes of the dict
d = {"a": 1}
k, v, i = d.keys(), d.values(), d.items()
d["b"] = 2
print(k, v, i)
del d["a"]
print(list(k), list(v), list(i), len(k))
d.clear()
print(k, len(i))
