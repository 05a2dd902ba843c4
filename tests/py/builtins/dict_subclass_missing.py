# __missing__ of a dict subclass handles missing keys in d[k], not in get()
class Default(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abca":
    c[ch] += 1
print(c)
print(dict.__getitem__(d, "q"))
class NoMissing(dict):
    pass
try:
    NoMissing()["x"]
except KeyError as e:
    print(type(e).__name__)
