# sorting already sorted, reversed and constant data
a = list(range(50))
a.sort()
print(a == list(range(50)))
b = list(range(50, 0, -1))
b.sort()
print(b[:5], b[-3:])
c = [7] * 40
c.sort()
print(c == [7] * 40)
d = list(range(20)) + list(range(20))
d.sort()
print(d[:6], d[-4:])
