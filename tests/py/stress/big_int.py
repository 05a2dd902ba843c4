# large integer arithmetic
f = 1
for i in range(2, 301):
    f *= i
s = str(f)
print(len(s), s[:20], s[-10:])
print(f % 1000007, f // 10 ** 600)
p = 2 ** 2000
print(len(str(p)), p % 997, (p - 1) % 3)
a = 3 ** 500
b = 7 ** 300
print((a * b) % 10 ** 9, (a // b) % 10 ** 9, (a - b) % 10 ** 9)
fib = [0, 1]
for i in range(500):
    fib.append(fib[-1] + fib[-2])
print(len(str(fib[-1])), fib[-1] % 10 ** 12)
