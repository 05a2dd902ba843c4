# format() of floats without a presentation type
for v in (0.0, -0.0, 1.0, 1.5, 0.1, 100.0, 1e16, 1e15, 1e-5, 0.0001, 123456789.0, 1e22, 5e-324, 1/3):
    print(format(v, ""), format(v, ".0"), format(v, ".1"), format(v, ".2"), format(v, ".3"), format(v, ".12"), format(v, ".17"), format(v, "#"), format(v, "#.3"), format(v, "10"))
