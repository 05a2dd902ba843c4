# sort in place returns None
a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)
b = ["pear", "apple", "fig"]
b.sort()
print(b)
c = [3.5, -1, 2, 0.0]
c.sort()
print(c)
d = []
d.sort()
e = [1]
e.sort()
print(d, e)
f = [[2, 1], [1, 2], [1], []]
f.sort()
print(f)
