# sorting many items (several merge passes), with duplicates and with keys
n = 500
data = [(i * 7919) % 257 for i in range(n)]
s = sorted(data)
print(s[:10], s[-5:], len(s))
print(all(s[i] <= s[i + 1] for i in range(n - 1)))
pairs = [(x % 10, i) for i, x in enumerate(data)]
ps = sorted(pairs, key=lambda p: p[0])
print(all(ps[i][0] < ps[i + 1][0] or (ps[i][0] == ps[i + 1][0] and ps[i][1] < ps[i + 1][1]) for i in range(n - 1)))
r = sorted(data, reverse=True)
print(r[:5], r == s[::-1])
print(sorted(range(300)) == list(range(300)), sorted(range(300, 0, -1))[:3])
