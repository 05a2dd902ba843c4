# OrderedDict keeps insertion order; move_to_end, popitem(last)
from collections import OrderedDict
d = OrderedDict()
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d), list(d.values()), list(d.items()))
d["z"] = 10
print(list(d.items()))
del d["a"]
d["a"] = 5
print(list(d))
d.move_to_end("z")
print(list(d))
d.move_to_end("a", last=False)
print(list(d))
print(d.popitem(), list(d))
print(d.popitem(last=False), list(d))
e = OrderedDict([("x", 1), ("y", 2)])
print(e["x"], len(e), "y" in e, isinstance(e, dict))
print(e == {"y": 2, "x": 1})
try:
    OrderedDict().popitem()
except KeyError:
    print("KeyError")
try:
    e.move_to_end("nope")
except KeyError:
    print("KeyError move")
print(list(OrderedDict(b=1, a=2)))
