# list references, copies and repetition aliasing
a = [[0] * 2] * 2
a[0][0] = 1
print(a)
b = [[0] * 2 for _ in range(2)]
b[0][0] = 1
print(b)
x = [1, 2]
y = x
z = x[:]
w = list(x)
x.append(3)
print(y, z, w)
def mutate(l):
    l.append("m")
def rebind(l):
    l = ["new"]
mutate(x)
rebind(x)
print(x)
nested = [x, x]
x.clear()
print(nested)
