# chained comparisons
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 1 < 2 > 3 < 4)
print(1 == 1 == 1, 1 == 1 != 2, 0 <= x <= 5, 0 <= x < 5)
print(1 < 2 == 2 > 1, 3 > 2 > 1, 3 > 2 > 2)
print("a" < "b" < "c", [1] < [2] <= [2])
print(1 in [1, 2] in [[1, 2]], 3 not in [1] is not None)
a = b = [1]
print(a is b is not None, a == b == [1])
