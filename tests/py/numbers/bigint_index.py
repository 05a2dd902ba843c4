# big ints as indexes, slice bounds and repeat counts
try:
    [1, 2][2**100]
except IndexError:
    print("IndexError")
print([1, 2, 3][-(2**0):], "abc"[:2**100], [0, 1, 2][2**64 // 2**64])
try:
    "ab" * 2**100
except (OverflowError, MemoryError):
    print("Error")
