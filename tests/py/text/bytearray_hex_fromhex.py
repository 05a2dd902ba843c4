# bytearray.hex and bytearray.fromhex
b = bytearray.fromhex('de ad be ef')
print(b, type(b).__name__)
print(b.hex(), b.hex('-'), b.hex(':', 2))
