# bytearray is a mutable bytes
ba = bytearray(b"abc")
ba[0] = 65
print(ba, len(ba), ba[1])
ba.append(100)
ba.extend(b"ef")
print(ba)
ba[1:3] = b"XY"
print(ba)
ba[0:1] = b""
print(ba)
print(bytearray(3), bytearray([1, 2]), bytes(ba), ba == b"XYdef")
print(list(bytearray(b"\x01\x02")))
c = bytearray(b"x")
c += b"yz"
print(c, c.decode())
