# expected: hand-written (MicroPython prints OrderedDict as a dict, also when empty; CPython 3.11 prints a list of pairs)
from collections import deque, OrderedDict
print(deque([1, 2, 3]))
print(deque((), 5))
print(deque([1, 2], 3))
print(OrderedDict([("a", 1), ("b", 2)]))
print(OrderedDict())
