# integer square roots by Newton's method on big values
def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
for n in (0, 1, 2, 15, 16, 10**20, 2**127, 10**100 + 7, 2**2001):
    r = isqrt(n)
    print(r, r * r <= n < (r + 1) * (r + 1))
