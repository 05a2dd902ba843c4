# methods that take bytes-like arguments accept memoryview
m = memoryview(b'xyz')
print(b'-'.join([m, m[1:]]))
print(b'axyzb'.find(m), b'axyzb'.startswith(m[:0]), m[1:] in [b'yz'])
b = bytearray(b'>')
b.extend(m)
print(b, b'xyz'.replace(m[:1], b'X'))
print(bytes(m[::2]), str(m, 'ascii'))
print(b'x' + m, bytearray(b'x') + m)
