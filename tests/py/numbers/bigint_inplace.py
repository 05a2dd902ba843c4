# augmented assignment on big ints
a = 2**70
a += 1
print(a)
a -= 2**71
print(a)
a *= -3
print(a)
a //= 7
print(a)
a %= 10**15
print(a)
a **= 3
print(a)
a <<= 40
print(a)
a >>= 100
print(a)
a |= 2**80
a &= 2**81 - 1
a ^= 12345
print(a)
