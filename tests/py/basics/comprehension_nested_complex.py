# nested comprehensions with conditions and function calls
def sq(x):
    return x * x
print([sq(x) for x in range(5) if sq(x) % 2 == 0])
flat = [v for row in [[1, 2], [3], [], [4, 5, 6]] for v in row]
print(flat)
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([(i, j) for i in range(4) if i % 2 == 0 for j in range(i) if j != 1])
primes = [n for n in range(2, 40) if all(n % d for d in range(2, n))]
print(primes)
print([x for x in [y * 2 for y in range(5)] if x > 3])
print({k: [c for c in k] for k in ["ab", "c"]}["ab"])
