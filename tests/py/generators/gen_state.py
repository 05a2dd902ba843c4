# generator objects keep independent local state
def counter(start):
    n = start
    while True:
        n += 1
        yield n
a = counter(0)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, counter(10)))
