# keys and items views are unhashable; values views hash by identity
d = {1: 2}
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print(type(e).__name__)
v = d.values()
print(hash(v) == hash(v))
