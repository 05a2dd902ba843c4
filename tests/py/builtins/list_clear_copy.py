# clear empties in place; copy is shallow
a = [1, [2]]
b = a
c = a.copy()
print(c, c is a, c[1] is a[1])
a.clear()
print(a, b, c)
a.append(3)
print(a, b)
