# random functions stay in their ranges (values differ between implementations, so only properties print)
import random
random.seed(42)
ok = True
for i in range(200):
    r = random.random()
    ok = ok and 0.0 <= r < 1.0
    n = random.randint(3, 7)
    ok = ok and 3 <= n <= 7
    m = random.randrange(10)
    ok = ok and 0 <= m < 10
    s = random.randrange(5, 50, 5)
    ok = ok and 5 <= s < 50 and s % 5 == 0
    neg = random.randrange(10, 0, -2)
    ok = ok and 0 < neg <= 10 and neg % 2 == 0
    u = random.uniform(2.0, 3.0)
    ok = ok and 2.0 <= u <= 3.0
    b = random.getrandbits(5)
    ok = ok and 0 <= b < 32
    c = random.choice("abc")
    ok = ok and c in "abc"
print(ok)
print(random.getrandbits(0) if False else 0)
print(type(random.random()).__name__, type(random.randint(1, 2)).__name__)
print(random.randint(4, 4), random.randrange(9, 10), random.choice([7]))
seen = set(random.randint(0, 3) for i in range(200))
print(sorted(seen))
