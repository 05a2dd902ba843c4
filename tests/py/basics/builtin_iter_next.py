# iter and next on built-in containers
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(next(it, "default"), next(iter(""), None))
d = iter({"only": 1})
print(next(d))
s = iter("xy")
print(list(s), list(s))
t = iter((5, 6, 7))
next(t)
print(list(t))
it = iter(range(3))
print(iter(it) is it)
try:
    next([1])
except TypeError:
    print("TypeError")
try:
    iter(5)
except TypeError:
    print("TypeError")
