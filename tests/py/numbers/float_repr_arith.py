# repr of results of float arithmetic
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 0.3 - 0.1, 100 * 1.1, 3 * 0.1 == 0.3)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 2.5 * 4, 7.0 / 2, 1e16 + 1, 1e16 + 2, 0.1 ** 2)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 10))
