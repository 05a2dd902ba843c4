# format() of floats with the % presentation type
for v in (0.0, 1.0, 0.5, 0.125, 2.675, 0.00001, -0.25, 1e20, 1.7976931348623157e308, float("inf"), float("nan"), 1/3):
    print(format(v, "%"), format(v, ".0%"), format(v, ".2%"), format(v, "#.0%"), format(v, "10.1%"), format(v, ",.1%"))
