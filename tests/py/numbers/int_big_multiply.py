# Products of big ints of many sizes (below and above the Karatsuba threshold, balanced and unbalanced, with runs of
# zero and all-one limbs), checked through identities and digests, and big factorials.
import math

state = 12345


def rand_bits(n):
    # A fixed linear congruential generator, so CPython and the interpreter see the same numbers.
    global state
    r = 0
    for _ in range((n + 31) // 32):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        r = (r << 32) | (state >> 32)
    return r >> ((32 - n % 32) % 32)


sizes = [1, 31, 32, 33, 64, 100, 1000, 1535, 1536, 1537, 1600, 3000, 3072, 5000, 10000, 40000]
acc = 0
for i, na in enumerate(sizes):
    for nb in sizes[i:]:
        a = rand_bits(na) | (1 << (na - 1))
        b = rand_bits(nb) | 1
        p = a * b
        assert p == b * a
        assert p // a == b and p % a == 0
        assert (a + 1) * b == p + b
        acc = (acc * 31 + p % (2**61 - 1)) % (2**61 - 1)
print("digest", acc)

for n in (2000, 3000):
    a = (1 << n) - 1
    b = (1 << (n + 17)) - 1
    print(n, (a * b) % 1000000007, (a * a).bit_length(), (a * b) == (1 << (2 * n + 17)) - (1 << n) - (1 << (n + 17)) + 1)
z = (1 << 6000) + 1
print((z * z) % 998244353, ((z * z) >> 12000), (z * z) & 0xFFFF)

for n in (100, 1000, 1400):
    f = math.factorial(n)
    print(n, len(str(f)), f % (10**9 + 7), sum(int(c) for c in str(f)[:200]))
for n in (3000, 5000):
    f = math.factorial(n)
    print(n, f.bit_length(), f % (10**9 + 7), f % 2**64)
f = math.factorial(30000)
print(f.bit_length(), f % 1000003)
