# format() of floats with g and G
for v in (0.0, -0.0, 1.0, 0.5, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.5e-5, 12345.6789, 1e16, 1e22, 5e-324, 0.1, 9.9999995, 999999.5):
    print(format(v, "g"), format(v, ".0g"), format(v, ".1g"), format(v, ".3g"), format(v, ".10g"), format(v, ".17g"), format(v, "#g"), format(v, "#.3g"), format(v, "G"))
