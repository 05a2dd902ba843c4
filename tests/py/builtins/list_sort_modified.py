# a key function that changes the list makes sort raise ValueError
a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print(type(e).__name__)
print(a)
b = [2, 1]
seen = []
def look(x):
    seen.append(len(b))
    return x
b.sort(key=look)
print(b, seen)
