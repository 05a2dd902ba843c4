# infinite generators consumed partially
def naturals():
    n = 0
    while True:
        yield n
        n += 1
nat = naturals()
print([next(nat) for _ in range(5)])
print(next(nat))
def cycle(seq):
    while True:
        for x in seq:
            yield x
c = cycle("ab")
print([next(c) for _ in range(5)])
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(12)])
for i, v in zip(range(3), naturals()):
    print(i, v)
