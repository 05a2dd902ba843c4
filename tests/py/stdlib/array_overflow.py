# expected: hand-written (MicroPython stores values that do not fit the typecode truncated to its width; CPython raises OverflowError)
from array import array
print(list(array("b", [127, 128, -129])))
print(list(array("B", [-1, 256, 257])))
print(list(array("h", [40000])), list(array("H", [-1])))
a = array("b", [0])
a[0] = 200
print(a[0])
