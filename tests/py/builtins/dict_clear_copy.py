# clear empties in place; copy is shallow
d = {"a": [1]}
e = d
c = d.copy()
print(c == d, c is d, c["a"] is d["a"])
d.clear()
print(d, e, c)
d["n"] = 1
print(d, c)
