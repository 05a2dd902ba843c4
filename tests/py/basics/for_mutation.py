# iterating a list that is extended or a copy that is not
l = [1, 2, 3]
for x in l:
    if x < 3:
        l.append(x + 10)
print(l)
l = [1, 2, 3, 4]
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + k] = d.pop(k)
print(sorted(d.items()))
