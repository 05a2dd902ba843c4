# slicing tuples, ranges and bytes
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[:2], t[-2:], t[4:1], t[10:])
b = b"abcdef"
print(b[1:3], b[:2], b[-2:], b[3:])
r = range(10)
print(list(r[2:5]), list(r[::3]), list(r[::-1]), r[3])
print(list(range(0, 20, 2)[1:4]), list(range(10)[-3:]))
print(type(t[1:2]).__name__, type(b[1:2]).__name__)
