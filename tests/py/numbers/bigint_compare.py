# comparisons between big and small ints
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

vals = [0, 1, -1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64, -(2**64), 2**100, -(2**100)]
for i in range(8):
    vals.append(rnd(sizes[i * 2]))
for a in vals:
    print(a, [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals[:6]])
print(sorted(vals))
print(max(vals), min(vals))
