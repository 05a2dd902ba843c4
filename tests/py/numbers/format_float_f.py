# format() of floats with f and F
for v in (0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 123.456, -987.654321, 1e-10, 1e22, 1e100, 5e-324, 1.7976931348623157e308):
    print(format(v, "f"), format(v, ".0f"), format(v, ".1f"), format(v, ".2f"), format(v, ".10f"), format(v, "#.0f"), format(v, "F"))
print(format(0.1, ".30f"), format(1/3, ".20f"), format(2.0**-20, ".25f"))
