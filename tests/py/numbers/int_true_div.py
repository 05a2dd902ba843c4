# / of small ints is correctly rounded
print(1 / 3, 2 / 3, 1 / 7, 22 / 7, 355 / 113, 1 / 10, 3 / 10, -1 / 3, 1 / -3, -6 / 3, 6 / 4)
print(9007199254740993 / 1, 9007199254740993 / 3, 2**62 / 3, (2**63 - 1) / (2**62 + 1), -(2**63) / 7)
print(123456789012345678 / 1000, 0 / 7, 0 / -7, type(6 / 3).__name__)
try:
    print(1 / 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
