# array errors: bad typecode, overflow, wrong item type, index out of range
from array import array
for tc in ["z", "bb", ""]:
    try:
        array(tc)
        print("ok")
    except (ValueError, TypeError):
        print("error", repr(tc))
try:
    array("i", [1.5])
except TypeError:
    print("TypeError float")
a = array("i", [1])
try:
    a[5]
except IndexError:
    print("IndexError")
try:
    a[5] = 1
except IndexError:
    print("IndexError set")
try:
    array("h", b"abc")
except ValueError:
    print("ValueError size")
