# results that fit stay plain ints; types are always int
a = 2**64
b = a - (a - 5)
print(b, type(b).__name__, type(a).__name__, type(-a).__name__)
print((2**100) // (2**98), (2**100) % 7, (2**100) >> 98, ((2**100) + 5) & 0xff, (2**64) - 2**64)
print(isinstance(2**100, int), type(2**100) is int, type(2**100) is type(1))
c = 9223372036854775807
print(c + 1, c + 1 - 1, -c - 1, -c - 2, (c + 1) // 2, -(-c - 1))
