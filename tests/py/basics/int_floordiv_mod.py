# floor division and modulo follow the sign of the divisor
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7, -(10 ** 20) % 7)
print(6 // 3, -6 // 3, 6 % -3)
print(divmod(2 ** 70, 3), divmod(-(2 ** 70), 3))
