# self-referencing containers print [...] and {...}
a = [1, 2]
a.append(a)
print(repr(a))
d = {1: None}
d[2] = d
print(repr(d))
b = [a, a]
print(repr(b))
c = {}
c["list"] = [c]
print(repr(c))
