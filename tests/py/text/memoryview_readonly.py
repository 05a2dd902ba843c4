# memoryview of bytes cannot be written
m = memoryview(b'abc')
print(m.readonly, memoryview(bytearray(b'a')).readonly)
try:
    m[0] = 1
except TypeError:
    print('TypeError')
try:
    m[0:1] = b'x'
except TypeError:
    print('TypeError')
r = memoryview(bytearray(b'ab')).toreadonly()
print(r.readonly)
try:
    r[0] = 1
except TypeError:
    print('TypeError')
