# memoryview equality
m = memoryview(b'abc')
print(m == b'abc', m == bytearray(b'abc'), m == memoryview(b'abc'), b'abc' == m)
print(m == b'abd', m == 'abc', m != b'abc', m[1:] == b'bc')
try:
    m < m
except TypeError:
    print('TypeError')
print(hash(m) == hash(b'abc'))
try:
    hash(memoryview(bytearray(b'a')))
except ValueError:
    print('ValueError')
