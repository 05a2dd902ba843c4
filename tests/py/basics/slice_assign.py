# assigning to and deleting list slices
l = list(range(6))
l[1:3] = ["a", "b", "c"]
print(l)
l[1:4] = []
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [100, 101]
print(l)
del l[1:3]
print(l)
l[:] = ("a", "b", "c")
print(l)
l[1:2] = [0, 1, 2]
print(l)
m = [1, 2, 3]
m[5:] = [4]
print(m)
del m[:]
print(m)
