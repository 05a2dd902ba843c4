# membership and length of ranges
r = range(1, 10, 3)
print(1 in r, 4 in r, 5 in r, 10 in r, 7.0 in r, "a" in r, True in r)
print(len(range(0)), len(range(1, 2)), len(range(0, 10, 4)), len(range(10, 0, -4)), len(range(0, -1)))
print(bool(range(0)), bool(range(1)))
