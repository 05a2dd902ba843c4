# |= &= -= ^= change a set in place; a frozenset name is rebound
a = {1, 2}
b = a
a |= {3}
a &= {1, 3, 5}
a -= {1}
a ^= {7}
print(a, b, a is b)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
try:
    a |= [1]
except TypeError as e:
    print(type(e).__name__)
