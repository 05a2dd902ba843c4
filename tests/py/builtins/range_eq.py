# ranges are equal when they produce the same values
print(range(0) == range(5, 5), range(1, 4) == range(1, 5)[:3], range(0, 3, 2) == range(0, 4, 2))
print(range(3) == [0, 1, 2], range(3) != range(3))
