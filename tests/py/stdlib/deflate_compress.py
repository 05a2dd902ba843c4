# expected: hand-written (CPython has no deflate module)
# DeflateIO compresses what is written to it (nothing written, nothing output); the result decompresses back in every format and window size
import deflate, io
data = b"abcabcabcabd" * 40 + bytes(range(256)) + b"The quick brown fox jumps over the lazy dog. " * 10
for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP, deflate.AUTO):
    for wbits in (0, 5, 8, 12, 15):
        out = io.BytesIO()
        w = deflate.DeflateIO(out, fmt, wbits)
        for i in range(0, len(data), 100):
            w.write(data[i:i + 100])
        w.close()
        c = out.getvalue()
        back = deflate.DeflateIO(io.BytesIO(c), fmt, wbits).read()
        print(fmt, wbits, len(c) < len(data), back == data)
out = io.BytesIO()
with deflate.DeflateIO(out, deflate.GZIP) as w:
    print(w.write(b"hello"), w.write(bytearray(b" world")))
c = out.getvalue()
print(c[:3], deflate.DeflateIO(io.BytesIO(c)).read())
out = io.BytesIO()
w = deflate.DeflateIO(out, deflate.ZLIB)
w.close()
print(out.getvalue())
