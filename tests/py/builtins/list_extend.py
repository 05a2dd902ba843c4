# extend with any iterable, including the list itself
a = [1]
a.extend([2, 3])
a.extend((4,))
a.extend("ab")
a.extend(range(2))
a.extend({9: 0})
a.extend(x for x in [7])
print(a)
b = [1, 2]
b.extend(b)
print(b)
try:
    b.extend(5)
except TypeError as e:
    print(type(e).__name__)
print(b)
