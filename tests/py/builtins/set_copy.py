# copy is shallow and independent
s = {1, (2, 3)}
c = s.copy()
print(c == s, c is s)
c.add(4)
print(sorted(s, key=str), sorted(c, key=str))
f = frozenset([1])
print(f.copy() is f, type(f.copy()).__name__)
