# memoryview of bytes: length, items, conversion
m = memoryview(b'abc')
print(len(m), m[0], m[-1], list(m))
print(m.tobytes(), bytes(m), bytearray(m))
print(m.tolist())
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m.obj)
