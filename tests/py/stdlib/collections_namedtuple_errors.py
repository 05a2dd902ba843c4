# namedtuple errors: wrong argument counts, bad field names, immutability
from collections import namedtuple
P = namedtuple("P", "x y")
for args in [(), (1,), (1, 2, 3)]:
    try:
        P(*args)
        print("ok", args)
    except TypeError:
        print("TypeError", args)
try:
    P(1, 2, z=3)
except TypeError:
    print("TypeError kw")
try:
    P(1, x=2)
except TypeError:
    print("TypeError dup")
p = P(1, 2)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p[0] = 5
except TypeError:
    print("TypeError item")
for spec in ["x x", "1x", "def y"[:0] + "a-b", "_a"]:
    try:
        namedtuple("T", spec)
        print("ok", spec)
    except ValueError:
        print("ValueError", spec)
try:
    P._make([1])
except TypeError:
    print("TypeError _make")
try:
    p._replace(w=1)
except ValueError:
    print("ValueError _replace")
