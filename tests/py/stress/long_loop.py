# long-running loops
total = 0
for i in range(100000):
    total += i
print(total)
n = 0
i = 0
while i < 50000:
    if i % 3 == 0:
        n += 1
    i += 1
print(n)
acc = 1
for i in range(1, 2000):
    acc = (acc * 31 + i) % 1000003
print(acc)
