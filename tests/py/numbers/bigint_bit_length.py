# bit_length and bit_count of big and small ints
for v in (0, 1, -1, 255, -256, 2**63 - 1, 2**63, -(2**63), 2**64, 2**1000 - 1, -(2**1000)):
    print(v.bit_length(), v.bit_count())
print((12345678901234567890123).bit_length(), (-12345678901234567890123).bit_count())
