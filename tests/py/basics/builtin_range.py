# range objects
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3, 2)))
r = range(1, 10, 2)
print(len(r), r[0], r[-1], r[2], 5 in r, 6 in r)
print(repr(range(3)), repr(range(1, 5, 2)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))))
print(r.start, r.stop, r.step)
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
try:
    r[10]
except IndexError:
    print("IndexError")
big = range(10 ** 6)
print(len(big), big[-1])
