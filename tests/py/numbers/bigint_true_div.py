# int / int is correctly rounded, even for huge operands
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, 0 / -5)
print((2**1000) / (3**500), (10**400) / (10**399), (2**2000 + 1) / (2**1990))
print((2**64 + 1) / 1, (2**53 + 1) / 1, 9007199254740993 / 1, 1 / (2**1074), 1 / (2**1075))
print(3**800 / 7**300, -(10**500) / 3**1000, (10**308 * 2) / 10)
for a, b in ((2**2000, 1), (10**400, 10**50)):
    try:
        print(a / b)
    except OverflowError:
        print("OverflowError")
try:
    print((2**100) / 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
