# deque with maxlen drops from the other end
from collections import deque
d = deque((), 3)
for i in range(6):
    d.append(i)
    print(list(d))
d = deque([1, 2, 3], 2)
print(list(d))
d.appendleft(0)
print(list(d))
d = deque(maxlen=2)
d.extend(range(10))
print(list(d), d.maxlen)
print(deque([1]).maxlen)
d = deque([], 0)
d.append(1)
print(list(d))
