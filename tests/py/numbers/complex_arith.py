# complex + - * with ints, floats and complex
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a * 0.5, -a, +a, a * 1j, 1j * 1j)
print(a + 2**70, (2**70) * a, a == 1 + 2j, a != b, a == complex(1, 2))
z = 0j
for i in range(5):
    z = z * (1 + 1j) + 1
print(z)
