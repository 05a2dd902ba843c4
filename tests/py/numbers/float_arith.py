# float + - * / with ints and floats
for a in (1.5, -2.25, 0.1, 1e300, 3):
    for b in (0.5, -4, 1e-300, 2, 7.0):
        print(a + b, a - b, a * b, a / b)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, 0.0 / -3, -(0.0), 1e308 + 1e308, -1e308 * 1e10)
