# Fibonacci numbers past 64 bits
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
    if i % 25 == 0 or 90 <= i <= 95:
        print(i + 1, a)
print(a.bit_length(), a % 1000)
