# list operators and built-in functions on lists
a = [1, 2]
b = [3]
print(a + b, a * 3, 0 * a, len(a + b))
print(a == [1, 2], a != b, a < b, [] < a)
print(1 in a, 5 not in a)
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"k": 1}))
print(sum([1, 2, 3]), min([4, 2, 8]), max([4, 2, 8]))
print([0] * 0, [None] * 3)
l = [1, 2, 3, 4]
l[1] = "two"
l[-1] = "four"
print(l)
del l[0]
print(l)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, m[1][1])
