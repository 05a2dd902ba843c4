# unpacking of tuples, lists, strings, ranges and nested structures
a, b = 1, 2
print(a, b)
[c, d] = [3, 4]
print(c, d)
e, f = "xy"
print(e, f)
g, h, i = range(3)
print(g, h, i)
(j, k), l = (5, 6), 7
print(j, k, l)
m, (n, (o, p)) = 1, (2, (3, 4))
print(m, n, o, p)
q, = [42]
print(q)
(r,) = (43,)
print(r)
s, t = (8, 9)
print(s, t)
u, v = iter([10, 11])
print(u, v)
