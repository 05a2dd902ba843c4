# arbitrary precision + and - on fixed-seed values of 1 to 2000 bits
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

for a_bits in sizes:
    for b_bits in (1, 64, 65, a_bits):
        a = rnd(a_bits)
        b = rnd(b_bits)
        print(a + b, a - b, b - a, -a - b)
