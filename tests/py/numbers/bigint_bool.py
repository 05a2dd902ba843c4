# truth values and bool conversions of big ints
print(bool(2**100), bool(-(2**100)), bool(2**100 - 2**100), not 2**64)
print(2**100 and 5, 0 or 2**100, int(True) + 2**64, True + 2**64, False * 2**64)
print(2**64 if 2**64 else "no")
