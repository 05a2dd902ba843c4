# big ints with floats in arithmetic
print(2**70 + 0.5, 2**70 * 1.5, 2**70 / 2.0, 0.5 - 2**70, 3.0 ** 50 == 3 ** 50, 2**70 // 1.0, 2**70 % 3.0)
print(2**-1, (-2)**-1, (2**100)**-1, 10**-400, 7**-2)
try:
    print((2**2000)**-1)
except OverflowError:
    print("OverflowError")
try:
    print(2**2000 * 1.0)
except OverflowError:
    print("OverflowError")
