# format() of inf, nan and signed zero
for v in (float("inf"), float("-inf"), float("nan"), -float("nan"), 0.0, -0.0):
    print(format(v, ""), format(v, "f"), format(v, "F"), format(v, "e"), format(v, "E"), format(v, "g"), format(v, "G"), format(v, "+"), format(v, " .2f"), format(v, "08.1f"), format(v, "%"))
