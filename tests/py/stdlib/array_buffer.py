# arrays support the buffer protocol: bytes(), memoryview, bytearray, struct, readinto-like writes
from array import array
import struct
a = array("H", [1, 258, 65535])
print(bytes(a), bytearray(a))
m = memoryview(a)
print(len(m), m[1])
m[0] = 7
print(list(a))
b = array("B", [0, 0, 0, 0])
mb = memoryview(b)
mb[1:3] = b"\x05\x06"
print(list(b))
print(struct.unpack("<HHH", a))
f = array("f", [1.5])
print(bytes(f))
print(array("b", b"\xff\x01").tolist() if hasattr(array, "tolist") else list(array("b", b"\xff\x01")))
print(b"\x01\x00" == bytes(array("h", [1])))
