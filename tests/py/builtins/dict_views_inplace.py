# augmented operators on a view rebind the name to a new set
d = {1: 0, 2: 0}
k = d.keys()
k &= {1}
print(k, type(k).__name__, d)
s = {1, 2, 3}
s -= d.keys()
print(s)
s |= d.keys()
print(sorted(s))
