# array of every typecode: itemsize, values, bytes
from array import array
for tc in "bBhHiIlLqQfd":
    a = array(tc, [1, 2, 3])
    print(tc, a.itemsize, list(a), len(bytes(a)), a.typecode)
print(list(array("b", [-128, 127])), list(array("B", [0, 255])))
print(list(array("h", [-32768, 32767])), list(array("H", [65535])))
print(list(array("i", [-2**31, 2**31 - 1])), list(array("I", [2**32 - 1])))
print(list(array("q", [-2**63, 2**63 - 1])), list(array("Q", [2**64 - 1])))
print(list(array("f", [0.5, -1.25])), list(array("d", [1e300, -2.5])))
print(bytes(array("h", [1, -2])))
print(bytes(array("d", [1.0])))
