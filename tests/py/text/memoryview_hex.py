# memoryview.hex
m = memoryview(b'\x01\x02\x03')
print(m.hex(), m.hex(':'), m.hex('-', 2), m[1:].hex())
