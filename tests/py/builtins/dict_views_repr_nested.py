# repr of views holding containers and the dict itself
d = {"l": [1, 2], "t": (3,)}
print(d.keys(), d.values(), d.items())
d["self"] = d
print(d.values())
e = {}
e["v"] = e.values()
print(e.values())
