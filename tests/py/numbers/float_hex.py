# float.hex() of normal, subnormal and special values
for v in (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 0.1, 3.14159, 1e300, 1e-300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 2.0**52, 1/3):
    print(v.hex())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
