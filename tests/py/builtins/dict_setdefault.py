# setdefault returns the existing value or inserts the default
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 2), d.setdefault("c"), d)
groups = {}
for w in ["apple", "avocado", "banana"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
try:
    d.setdefault()
except TypeError as e:
    print(type(e).__name__)
