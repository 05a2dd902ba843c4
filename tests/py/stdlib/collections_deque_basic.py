# deque append/appendleft/pop/popleft, len, bool, iteration
from collections import deque
d = deque()
print(len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
print(list(d), len(d), bool(d))
print(d.pop(), d.popleft(), list(d))
d.extend([5, 6, 7])
print(list(d))
print(d[0], d[-1], d[1])
print([x * 2 for x in d])
try:
    deque().pop()
except IndexError:
    print("IndexError pop")
try:
    deque().popleft()
except IndexError:
    print("IndexError popleft")
d = deque([1, 2, 3])
print(list(d), 2 in d, 9 in d)
