# reverse in place, returning None
for a in ([], [1], [1, 2], [1, 2, 3], list(range(10))):
    r = a.reverse()
    print(r, a)
