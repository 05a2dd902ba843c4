# sort is stable, also with reverse=True
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]
a = recs[:]
a.sort(key=lambda r: r[1])
print(a)
b = recs[:]
b.sort(key=lambda r: r[1], reverse=True)
print(b)
c = recs[:]
c.sort(key=lambda r: r[0])
c.sort(key=lambda r: r[1])
print(c)
