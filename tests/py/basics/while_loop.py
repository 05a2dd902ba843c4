# while loops with conditions, break, continue and else
n = 0
while n < 5:
    n += 1
print(n)
n = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 5:
        break
    print("n", n)
n = 3
while n:
    n -= 1
else:
    print("else runs", n)
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("stopped at", n)
l = [1, 2, 3]
while l:
    print(l.pop())
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == 2:
            break
        j += 1
    i += 1
print(i, j)
