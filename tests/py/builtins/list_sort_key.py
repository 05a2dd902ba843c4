# sort with key=
a = ["bb", "a", "ccc", "dd"]
a.sort(key=len)
print(a)
b = [-3, 1, -2, 4]
b.sort(key=abs)
print(b)
c = [(1, "z"), (2, "a"), (0, "m")]
c.sort(key=lambda t: t[1])
print(c)
d = [3, 1, 2]
d.sort(key=None)
print(d)
calls = []
e = [5, 3, 4]
e.sort(key=lambda x: calls.append(x) or -x)
print(e, sorted(calls))
