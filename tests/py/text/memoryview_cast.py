# memoryview.cast between byte and other formats
m = memoryview(bytearray(b'\x01\x00\x02\x00'))
h = m.cast('h')
print(h.tolist(), h.itemsize, h.format, len(h), h.nbytes)
h[1] = -1
print(m.tolist())
print(h.cast('B').tolist())
print(memoryview(b'\x00\x00\x80\x3f').cast('f').tolist())
print(memoryview(b'\xff\x01').cast('b').tolist())
for f in [lambda: memoryview(b'abc').cast('h'), lambda: h.cast('i'), lambda: m[::2].cast('B'), lambda: m.cast('x')]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
