# bytearray slice assignment grows and shrinks
b = bytearray(b'abcdef')
b[1:3] = b'XYZ'
print(b)
b[0:4] = b''
print(b)
b[:0] = [1, 2]
print(b)
b[::2] = b'QRS'
print(b)
try:
    b[::2] = b'Q'
except ValueError:
    print('ValueError')
try:
    b[0:1] = 5
except TypeError:
    print('TypeError')
b[len(b):] = memoryview(b'end')
print(b)
