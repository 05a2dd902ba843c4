# power operator and the three-argument pow
print(2 ** 10, (-2) ** 3, (-2) ** 4, 10 ** 0, 0 ** 0)
print(pow(2, 10), pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13))
print(pow(-3, 3, 7), pow(12345678901234567890, 3, 97))
print(2 ** 0.5 == 2 ** 0.5, 4 ** 0.5)
print(2 ** -1, 4 ** -1)
print(1 ** 1000, (-1) ** 1001)
n = 3
n **= 4
print(n)
