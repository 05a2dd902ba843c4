# expected: hand-written (CPython has no deflate module; the data was compressed by CPython's zlib)
# DeflateIO read(n), readinto, readline and the context manager
import deflate, io
ZLIB = b'x\x9cK\xcb,*.Q\xc8\xc9\xccK\xe5*NM\xce\xcfK\x81\xb0+\xe8\x00\x00\xe4a7)'
d = deflate.DeflateIO(io.BytesIO(ZLIB))
print(d.read(5), d.read(0), d.read(6))
print(d.readline())
buf = bytearray(b"-" * 10)
print(d.readinto(buf), buf)
buf[:] = b"-" * 10
print(d.readinto(memoryview(buf)[2:4]), buf)
rest = d.read()
print(len(rest), rest[:3], d.read(), d.read(10))
with deflate.DeflateIO(io.BytesIO(ZLIB), deflate.ZLIB) as f:
    print(f.readline(), f.readline(), len(f.readline()), f.readline())
try:
    f.read()
except ValueError:
    print("ValueError closed")
class Src:
    def __init__(self, b):
        self.b = b
        self.closed = False
    def read(self, n):
        r = self.b[:1]
        self.b = self.b[1:]
        return r
    def close(self):
        self.closed = True
s = Src(ZLIB)
d = deflate.DeflateIO(s, deflate.ZLIB, 0, True)
print(d.read(10))
d.close()
print(s.closed)
