# bytearray += and *=
b = bytearray(b'ab')
c = b
b += b'cd'
print(b, c is b)
b *= 2
print(b, c is b)
b += bytes(b)
print(b)
