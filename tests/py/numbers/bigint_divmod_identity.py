# divmod(a, b) satisfies q*b + r == a with r in range for big values
x = 987654321
def rnd(bits):
    global x
    r = 0
    for _ in range(bits // 60 + 1):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        r = (r << 60) | (x >> 4)
    r &= (1 << bits) - 1
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return -r if x >> 63 else r
sizes = [1, 7, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 500, 1000, 2000]

ok = 0
for i in range(300):
    a = rnd(sizes[i % len(sizes)])
    b = rnd(sizes[(i * 7) % len(sizes)]) or 1
    q, r = divmod(a, b)
    if q * b + r == a and (0 <= r < b if b > 0 else b < r <= 0):
        ok += 1
    else:
        print("bad", a, b)
print(ok)
print(divmod(2**100, 3**40), divmod(-(2**100), 3**40), divmod(2**100, -(3**40)))
