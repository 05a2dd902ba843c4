# defaultdict with list, int and a lambda; no factory raises KeyError
from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(sorted(d.items()))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
z = defaultdict(lambda: "zero")
print(z["q"], len(z))
print(d.get("nope"), "nope" in d)
print(isinstance(d, dict), d.default_factory is list)
n = defaultdict()
try:
    n["x"]
except KeyError:
    print("KeyError")
n2 = defaultdict(None, {"a": 1})
print(n2["a"])
try:
    defaultdict(5)
except TypeError:
    print("TypeError")
