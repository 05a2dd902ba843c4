# for loop targets that unpack, index and set attributes
pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
l = [0, 0, 0]
for l[0] in range(3):
    pass
print(l)
class O:
    pass
o = O()
for o.attr in "xyz":
    pass
print(o.attr)
d = {}
for d["k"] in [5, 6]:
    pass
print(d)
