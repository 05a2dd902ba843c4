# iteration follows insertion order; re-assigning keeps the position
d = {}
for k in "zyxw":
    d[k] = len(d)
d["y"] = 100
del d["x"]
d["x"] = -1
print(list(d), list(d.values()), list(d.items()))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__)
