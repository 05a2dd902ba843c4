# augmented assignment with every operator on ints
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b1010; print(x)
y = 7
y //= -2; print(y)
y = -7
y %= 3; print(y)
