# range(stop), range(start, stop), range(start, stop, step)
for r in (range(5), range(2, 5), range(0, 10, 3), range(10, 0, -3), range(-5), range(3, 3), range(0, -6, -2)):
    print(r, list(r), len(r))
print(range(True), range(False, True))
