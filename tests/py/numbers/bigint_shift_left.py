# << producing big ints
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

for bits in sizes:
    a = rnd(bits)
    for s in (0, 1, 31, 32, 33, 63, 64, 65, 100, 1000):
        print(a << s)
print(1 << 64, -1 << 64, 1 << 0, 0 << 1000)
try:
    1 << -1
except ValueError:
    print("ValueError")
