# OrderedDict equality: order matters between two OrderedDicts (subclasses too), not against a plain dict
from collections import OrderedDict as O
class Sub(O):
    pass
print(O(a=1,b=2) == O(b=2,a=1), O(a=1,b=2) != O(b=2,a=1), O(a=1,b=2) == {'b':2,'a':1}, {'b':2,'a':1} == O(a=1,b=2))
print(O(a=1) == O(a=1), O(a=1) != O(a=1), O(a=1) == O(a=2), O() == O(), O(a=1) == O(a=1, b=2))
print(Sub(a=1, b=2) == O(a=1, b=2), Sub(a=1, b=2) == O(b=2, a=1), O(a=1) == [1], O(a=1) != 5)
d = O(a=1, b=2, c=3)
del d['b']
d['b'] = 2
print(d == O(a=1, c=3, b=2), d == O(a=1, b=2, c=3), d in [O(a=1, c=3, b=2)])
