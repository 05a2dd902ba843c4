# unary operators and truth of floats
for v in (0.0, -0.0, 1.5, -1.5, float("inf"), float("nan")):
    print(-v, +v, abs(v), bool(v), not v)
