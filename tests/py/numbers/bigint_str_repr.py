# decimal text of big ints, including 2**10000
p = 2**10000
s = str(p)
print(len(s), s[:40], s[-40:])
print(repr(3**200))
print(str(-(10**50)), str(10**50 - 1), str(-(2**64)))
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(7**3000)), str(7**3000)[:20])
