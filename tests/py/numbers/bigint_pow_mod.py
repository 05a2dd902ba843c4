# three-argument pow with big moduli and exponents
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

for i in range(40):
    a = rnd(sizes[i % len(sizes)])
    e = abs(rnd(sizes[(i * 3) % len(sizes)]))
    m = rnd(sizes[(i * 5 + 2) % len(sizes)]) or 7
    print(pow(a, e, m))
print(pow(2, 10**20, 10**9 + 7), pow(3, 2**200, 2**127 - 1))
print(pow(7, 0, 1), pow(7, 0, -1), pow(0, 0, 5), pow(-7, 3, 10), pow(7, 3, -10))
