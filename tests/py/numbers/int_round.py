# round() of ints with negative ndigits uses round-half-even
for v in (0, 5, 15, 25, 35, 45, -5, -15, -25, 1234, 1250, 1350, -1250, 149, 150, 151, 10**20 + 5 * 10**19, 2**100):
    print(round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2), round(v, -20))
print(type(round(5, -1)).__name__, round(True), type(round(True)).__name__, round(12345, 10**20), round(12345, -30))
