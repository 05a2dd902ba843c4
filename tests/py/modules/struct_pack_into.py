# struct.pack_into and unpack_from with offsets (negative ones count from the end), as mpremote's mount uses them.
import struct

buf = bytearray(12)
struct.pack_into("<i", buf, 0, -2)
struct.pack_into(">H", buf, 4, 0xABCD)
struct.pack_into("<2b", buf, -2, 7, -7)
print(buf)
print(struct.unpack_from("<i", buf), struct.unpack_from(">H", buf, 4), struct.unpack_from("<2b", buf, -2))
print(struct.unpack_from("<b", buf, offset=10))
mv = memoryview(bytearray(8))
struct.pack_into("<q", mv, 0, 1 << 40)
print(bytes(mv), struct.unpack_from("<q", mv))
buf4 = bytearray(4)
struct.pack_into("<i", buf4, 0, 305419896)
print(buf4, buf4[0] | buf4[1] << 8 | buf4[2] << 16 | buf4[3] << 24)
for bad in (lambda: struct.pack_into("<i", bytearray(3), 0, 1), lambda: struct.unpack_from("<i", b"abc"),
            lambda: struct.unpack_from("<i", b"abcdef", 3), lambda: struct.pack_into("<i", b"abcd", 0, 1)):
    try:
        bad()
        print("no error")
    except Exception:
        print("error")
