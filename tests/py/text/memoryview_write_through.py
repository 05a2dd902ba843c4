# writes through a memoryview change the bytearray
ba = bytearray(b'abcdef')
m = memoryview(ba)
m[2:4] = b'xy'
print(ba)
m[0] = 65
m[-1] = 70
print(ba)
m[:] = b'123456'
print(ba)
m[1:3] = bytearray(b'..')
m[3:5] = memoryview(b'!!')
print(ba)
