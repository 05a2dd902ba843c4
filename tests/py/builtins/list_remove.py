# remove deletes the first equal item
a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
a.remove(1.0)
print(a)
try:
    a.remove(9)
except ValueError as e:
    print(type(e).__name__)
b = [[1], [2]]
b.remove([2])
print(b)
