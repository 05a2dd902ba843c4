# bitwise operators on ints, including negative numbers
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~0, ~5, ~-1, ~-6)
print(-5 & 0xFF, -1 & 0xFFFF, -256 | 15, -8 ^ 3)
print(5 & -2, -5 | 2, -5 ^ -3)
big = 2 ** 80 + 5
print(big & 0xFF, big | 2, big ^ big, (big & -big))
print(-(2 ** 70) & 0xFFFF, ~(2 ** 70))
print(6 & True, 6 | True, 7 ^ True)
