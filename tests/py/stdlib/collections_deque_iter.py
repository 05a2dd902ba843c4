# deque iteration, mutation during iteration, comparison, conversion
from collections import deque
d = deque(range(5))
print(list(d), tuple(d), sum(d), max(d), sorted(d, reverse=True))
it = iter(d)
print(next(it), next(it))
d.append(9)
try:
    next(it)
except RuntimeError:
    print("RuntimeError")
print(deque("abc") == deque(["a", "b", "c"]), deque([1, 2]) != deque([1, 2, 3]))
print(len(deque(range(100), 10)), list(deque(range(100), 3)))
e = deque()
e.extend(e)
print(list(e))
f = deque([1, 2])
f.extend(f)
print(list(f))
print([x for x in reversed(deque(range(4)))])
