# large dicts and sets
d = {}
for i in range(20000):
    d[i] = i * 2
print(len(d), d[19999], sum(d.values()))
for i in range(0, 20000, 2):
    del d[i]
print(len(d), 1 in d, 2 in d, d[19999])
s = {str(i) for i in range(10000)}
print(len(s), "9999" in s, "10000" in s)
words = {}
for i in range(30000):
    key = "k" + str(i % 1000)
    words[key] = words.get(key, 0) + 1
print(len(words), words["k0"], words["k999"])
keys = sorted(d)[:5]
print(keys)
