# non-ASCII strings as dict keys, set members and list items
d = {"ключ": "значение", "键": "值", "é": 1}
print(d["ключ"], d["键"], d["é"], "é" in d, "e" in d)
s = {"ä", "ö", "ä"}
print(len(s), "".join(sorted(s)))
l = ["β", "α", "γ"]
l.sort()
print(l.index("γ"), "".join(l))
print(dict(zip("αβ", [1, 2]))["β"])
