# + and * on lists
a = [1, 2]
print(a + [3], a * 3, 2 * a, a * 0, a * -1, [] * 5)
b = [[0]] * 3
b[0].append(1)
print(b)
try:
    a + (3,)
except TypeError as e:
    print(type(e).__name__)
try:
    a * "2"
except TypeError as e:
    print(type(e).__name__)
c = a
c += (3, 4)
print(c is a, a)
