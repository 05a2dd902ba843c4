# ints, floats and bools sort together
print(sorted([3, 1.5, True, 0, -2.25, False]))
print(sorted([2, 2.0, 1, 1.0]))
print(sorted([10 ** 20, -(10 ** 20), 0, 1e30, -1e30]))
