# ** with float operands: special values and signs
vals = (0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3, -3, float("inf"), float("-inf"), float("nan"))
for a in vals:
    print(a, [a ** b for b in (0, 0.0, 1, 2, 3, 0.5, float("inf"), float("-inf"), float("nan")) if not (a == 0 and b == float("-inf")) and not (a < 0 and b == 0.5)])
print(2.0 ** -1, 2 ** 0.5, 10.0 ** -3, (-8.0) ** 3, (-2.0) ** -3, 1.0 ** float("nan"), float("nan") ** 0, 4 ** 0.5, 1e-200 ** 2)
