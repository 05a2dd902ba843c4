# keys, values and items views
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(list(k), list(v), list(i), len(k), len(v), len(i))
print(type(k).__name__, type(v).__name__, type(i).__name__)
for key, value in d.items():
    print(key, value)
print(list({}.keys()), list({}.items()), {}.values())
