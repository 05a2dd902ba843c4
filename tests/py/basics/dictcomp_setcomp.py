# dict and set comprehensions
d = {k: k * k for k in range(5)}
print(sorted(d.items()))
print(sorted({v: k for k, v in d.items()}.items()))
print(sorted({c: ord(c) for c in "abc" if c != "b"}.items()))
print(sorted({x % 4 for x in range(20)}))
print(sorted({(a, b) for a in range(2) for b in range(2)}))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(sorted(by_letter.items()))
print({k: v for k, v in []}, len({x for x in ""}))
print(sorted({k: 0 for k in "aab"}.items()))
