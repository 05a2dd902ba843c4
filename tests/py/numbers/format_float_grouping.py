# format() of floats with , and _ grouping
for v in (0.0, 1234.5, -1234567.891, 1e20, 123.0, 1e-5, 12345678.9):
    print(format(v, ","), format(v, "_"), format(v, ",.2f"), format(v, "_.3e"), format(v, ",g"), format(v, "015,.2f"), format(v, "_%"), format(v, "020_.1f"))
