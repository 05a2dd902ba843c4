# expected: hand-written (deque's third argument is MicroPython's: flags=1 makes a full deque raise IndexError)
from collections import deque
d = deque((), 2, 1)
d.append(1)
d.append(2)
try:
    d.append(3)
except IndexError:
    print("IndexError full")
try:
    d.appendleft(0)
except IndexError:
    print("IndexError full left")
print(list(d))
d.popleft()
d.append(3)
print(list(d))
e = deque((), 2)
e.append(1); e.append(2); e.append(3)
print(list(e))
