# expected: hand-written (CPython has no deflate module)
# corrupt or truncated data raises OSError(EINVAL); bad arguments raise ValueError; mixing read and write is refused
import deflate, io
GOOD = b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]"
print(deflate.DeflateIO(io.BytesIO(GOOD)).read())
bad = [b"", b"garbage data", GOOD[:8], GOOD[:-1], GOOD[:-4] + b"\0\0\0\0", b"\x1f\x8b\x09\0", b"\x78\x9c\xff\xff"]
for b in bad:
    try:
        deflate.DeflateIO(io.BytesIO(b)).read()
        print("no error")
    except OSError as e:
        print("OSError", e.errno)
for args in [(9,), (0, 4), (0, 16)]:
    try:
        deflate.DeflateIO(io.BytesIO(GOOD), *args)
        print("no error")
    except ValueError:
        print("ValueError", args)
d = deflate.DeflateIO(io.BytesIO(GOOD))
d.read(2)
try:
    d.write(b"x")
except OSError:
    print("OSError write after read")
d = deflate.DeflateIO(io.BytesIO())
d.write(b"abc")
try:
    d.read()
except OSError:
    print("OSError read after write")
try:
    deflate.DeflateIO(io.BytesIO(GOOD), deflate.RAW).read()
except OSError:
    print("OSError raw of zlib")
