# comparisons between bytes, bytearray and memoryview
print(b'ab' == b'ab', b'ab' == bytearray(b'ab'), b'ab' == 'ab')
print(b'ab' < b'b', b'ab' < b'abc', b'b' > b'ab', bytearray(b'a') <= b'a')
print(b'ab' != b'ac', sorted([b'b', b'a', b'ab']))
print(memoryview(b'ab') == b'ab', b'ab' == memoryview(b'ab'))
