# struct: pack/unpack round trips for every format code in the standard-size byte orders, calcsize, counts, padding.
import struct

values = {
    "b": (-128, -1, 0, 127), "B": (0, 1, 255), "h": (-32768, -2, 32767), "H": (0, 65535),
    "i": (-2147483648, 7, 2147483647), "I": (0, 4294967295), "l": (-5, 2147483647), "L": (4294967295,),
    "q": (-9223372036854775808, -1, 9223372036854775807), "Q": (0, 18446744073709551615, 2 ** 63),
    "?": (True, False), "f": (1.5, -0.25, 1e10), "d": (3.141592653589793, -1e-300), "e": (1.0, -2.5, 65504.0, 0.000061),
}
for order in "<>!=":
    for code, vals in values.items():
        for v in vals:
            fmt = order + code
            packed = struct.pack(fmt, v)
            back = struct.unpack(fmt, packed)[0]
            print(fmt, v, packed, back, struct.calcsize(fmt))
print(struct.pack("<3h", 1, -2, 3), struct.unpack("<3h", b"\x01\x00\xfe\xff\x03\x00"))
print(struct.pack(">4s", b"ab"), struct.pack(">2s", b"abcdef"), struct.unpack("<3s", b"xyz"))
print(struct.pack("<bxxh", 1, 2), struct.unpack("<bxxh", b"\x01\x00\x00\x02\x00"))
print(struct.pack("<c?", b"A", 5), struct.unpack("<c?", b"A\x01"))
print(struct.calcsize("<bhiq"), struct.calcsize(">10s"), struct.calcsize("!2x"), struct.calcsize(""))
print(struct.calcsize("@bhi"), struct.calcsize("@bq"), struct.calcsize("@hd"), struct.calcsize("@b3i"))
print(struct.pack("@bhi", 1, 2, 3))
print(struct.unpack(">HI", bytearray(b"\x01\x02\x03\x04\x05\x06")))
print(struct.unpack("<I", memoryview(b"\x00\x01\x02\x03\x04")[1:]))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(struct.pack(b"<H", 258))
