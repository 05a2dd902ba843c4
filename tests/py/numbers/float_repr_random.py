# repr of fixed-seed random bit patterns round-trips and matches CPython
x = 4242
ok = 0
for i in range(400):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    e = (x >> 52) & 0x7FF
    if e == 0x7FF:
        continue
    m = x & ((1 << 52) - 1)
    h = ("-" if x >> 63 else "") + ("0x0." if e == 0 else "0x1.") + ("%013x" % m) + "p" + str(-1022 if e == 0 else e - 1023)
    f = float.fromhex(h)
    if float(repr(f)) == f:
        ok += 1
    if i % 10 == 0:
        print(repr(f))
print(ok)
