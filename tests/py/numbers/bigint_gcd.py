# Euclid's algorithm on big values
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

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
for i in range(20):
    g = abs(rnd(64)) + 1
    a = rnd(sizes[i % len(sizes)]) * g
    b = rnd(sizes[(i * 3) % len(sizes)]) * g
    print(gcd(a, b) % g == 0, gcd(a, b))
print(gcd(2**200, 6**100), gcd(3**100 - 1, 3**60 - 1))
