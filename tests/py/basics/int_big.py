# arbitrary precision integers
a = 2 ** 100
b = 3 ** 60
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a ** 2)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 10), f % 1000003)
print(a == 2 ** 100, a > b, -a < b, a != a + 1)
print(int("123456789012345678901234567890") + 1)
print(str(10 ** 30)[:5], len(str(10 ** 50)))
print(abs(-a), -(-a) == a)
print(hex(a), bin(2 ** 65), oct(8 ** 25))
