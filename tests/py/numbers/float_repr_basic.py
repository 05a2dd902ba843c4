# repr and str of ordinary floats
for v in (0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1.5, 2.25, 3.14159, 100.0, 1e3, 123.456, -987.654, 1/3, 2/3, 1/7, 10/3):
    print(repr(v), str(v))
