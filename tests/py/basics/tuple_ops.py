# tuples: construction, indexing, operations, immutability
t = (1, 2, 3)
print(t, t[0], t[-1], len(t))
print(t + (4,), t * 2, (0,) * 3)
print(() == tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.index(2), t.count(3), (1, 1, 1).count(1))
print(1 in t, 4 in t, t < (1, 2, 4), t == (1, 2, 3))
single = (5,)
not_tuple = (5)
print(single, not_tuple, len(single))
empty = ()
print(empty, len(empty))
u = 1, 2
print(u, type(u).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
try:
    t[0] = 9
except TypeError:
    print("TypeError")
l = [1]
t2 = (l, 2)
l.append(3)
print(t2)
print(max((3, 9, 2)), sorted((3, 1, 2)))
