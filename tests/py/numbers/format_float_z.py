# the z option turns negative zero into zero after rounding
for v in (-0.0, -0.0001, -0.5, -0.4, 0.0, -1e-20, -1.0, float("-inf"), float("nan")):
    print(format(v, "z"), format(v, "z.2f"), format(v, "z.0f"), format(v, "z.1e"), format(v, "zg"), format(v, "+z.2f"), format(v, "z.0%"))
