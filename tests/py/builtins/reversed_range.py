# reversed of ranges with any step
for r in (range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-3, 3)):
    print(list(reversed(r)))
