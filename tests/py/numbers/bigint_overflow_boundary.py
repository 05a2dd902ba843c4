# arithmetic crossing the 64-bit boundary in both directions
big = 9223372036854775807
small = -9223372036854775808
print(big + 1, small - 1, big * 2, small * 2, big * big, small * small, small * -1)
print(small // -1, small % -1, -small, abs(small), big - small, small - big)
print(big + 1 - 1 == big, (big + 1) * 0, 3 ** 40, 3 ** 41, 2 ** 62 + 2 ** 62, -(2 ** 62) - 2 ** 62, -(2 ** 62) - 2 ** 62 - 1)
x = 1
for i in range(70):
    x += x
print(x, x - 2**70)
y = 1
for i in range(30):
    y *= 10
    y -= 1
print(y)
