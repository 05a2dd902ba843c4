# sort with reverse=
a = [1, 3, 2]
a.sort(reverse=True)
print(a)
b = ["b", "a", "c"]
b.sort(key=lambda s: s, reverse=True)
print(b)
c = [2, 1]
c.sort(reverse=0)
print(c)
