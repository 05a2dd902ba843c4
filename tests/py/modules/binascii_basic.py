# binascii: hexlify (with a separator), unhexlify, base64 both ways (newline=), crc32.
import binascii

for data in (b"", b"\x00", b"\x01\xab\xff", bytes(range(20)), bytearray(b"abc"), memoryview(b"mv")):
    h = binascii.hexlify(data)
    print(h, binascii.unhexlify(h) == bytes(data))
print(binascii.hexlify(b"\x01\x02\x03", ":"), binascii.hexlify(b"\x01\x02", b"-"), binascii.hexlify(b"\x01", " "))
print(binascii.unhexlify("DEADbeef"), binascii.unhexlify(b"00ff"))
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]):
    e = binascii.b2a_base64(data)
    print(e, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(e) == data)
print(binascii.a2b_base64("Zm9v\nYmFy\n"), binascii.a2b_base64(b"Zm9vYg=="), binascii.a2b_base64("Zm 9v"))
print(binascii.crc32(b""), binascii.crc32(b"123456789"), binascii.crc32(b"hello world"))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(bytearray(100)))
for bad in ("abc", "zz", b"0g"):
    try:
        binascii.unhexlify(bad)
    except ValueError:
        print("ValueError", bad)
try:
    binascii.a2b_base64("Zm9vY")
except ValueError:
    print("ValueError padding")
