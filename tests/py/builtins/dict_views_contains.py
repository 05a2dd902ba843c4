# membership in views: keys by key, items by (key, value), values by ==
d = {"a": 1, "b": [2]}
print("a" in d.keys(), "z" in d.keys(), 1 in d.values(), [2] in d.values(), 3 in d.values())
print(("a", 1) in d.items(), ("a", 2) in d.items(), ("z", 1) in d.items(), "a" in d.items())
print(("a", 1, 2) in d.items(), ["a", 1] in d.items())
try:
    [] in d.keys()
except TypeError as e:
    print(type(e).__name__)
