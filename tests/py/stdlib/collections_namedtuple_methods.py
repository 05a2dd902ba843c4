# namedtuple _make, _replace, _asdict, defaults
from collections import namedtuple
P = namedtuple("P", "x y z")
p = P._make([1, 2, 3])
print(p)
print(p._replace(y=20))
print(p._replace(x=0, z=9))
print(p)
print(p._asdict())
D = namedtuple("D", "a b c", defaults=[2, 3])
print(D(1), D(1, 5), D(1, 5, 6))
print(D._field_defaults)
print(p.count(1), p.index(2))
