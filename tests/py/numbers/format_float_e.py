# format() of floats with e and E
for v in (0.0, -0.0, 1.0, 0.5, 2.5, 12345.6789, -0.000123456, 1e22, 1e-300, 5e-324, 1.7976931348623157e308, 9.9999999, 9.99999999999):
    print(format(v, "e"), format(v, ".0e"), format(v, ".1e"), format(v, ".3e"), format(v, ".20e"), format(v, "#.0e"), format(v, "E"))
