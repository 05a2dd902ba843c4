# copies of OrderedDict and defaultdict keep their type; both are dicts
from collections import OrderedDict, defaultdict
o = OrderedDict([("b", 1), ("a", 2)])
c = o.copy()
c["z"] = 3
print(type(c).__name__, list(c), list(o))
d = defaultdict(list)
d["x"].append(1)
e = d.copy()
e["y"].append(2)
print(type(e).__name__, e.default_factory is list, sorted(e), sorted(d))
print(dict(o) == {"a": 2, "b": 1}, isinstance(o, dict), isinstance(d, dict))
o.update({"c": 9})
print(list(o.keys()), o.pop("b"), list(o))
print(o.setdefault("q", 5), list(o.items()))
