# hex, oct, bin and int(s, base) of big values in every base
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
    print(hex(a), oct(a), bin(a) if bits < 200 else len(bin(a)))
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    s = ""
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return s or "0"
a = abs(rnd(300))
for base in range(2, 37):
    t = to_base(a, base)
    print(base, int(t, base) == a, int(t.upper(), base) == a, len(t))
print(int("0x" + "f" * 40, 16), int("0o" + "7" * 40, 0), int("0b" + "1" * 100, 0))
