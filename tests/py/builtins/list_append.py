# append adds one item, even a list; returns None
a = []
print(a.append(1), a)
a.append([2, 3])
a.append(a is a)
print(a, len(a))
try:
    a.append()
except TypeError as e:
    print(type(e).__name__)
try:
    a.append(1, 2)
except TypeError as e:
    print(type(e).__name__)
