# expected: hand-written (CPython has no deflate module)
# compress then decompress data of many sizes and kinds (random bytes, small alphabets, runs, text) in every format
import deflate, io, random
random.seed(5)
def data(n, kind):
    if kind == 0:
        return bytes(random.getrandbits(8) for i in range(n))
    if kind == 1:
        return bytes(b"abcd"[random.getrandbits(2)] for i in range(n))
    if kind == 2:
        return b"\x00" * n
    words = [b"alpha", b"beta", b"gamma", b"delta", b"\n"]
    return b" ".join(words[random.getrandbits(8) % 5] for i in range(n // 5))[:n]
ok = 0
total = 0
for n in (0, 1, 2, 3, 257, 258, 259, 1000, 4000):
    for kind in range(4):
        d = data(n, kind)
        for fmt, wbits in ((deflate.RAW, 8), (deflate.ZLIB, 0), (deflate.GZIP, 10), (deflate.ZLIB, 5)):
            out = io.BytesIO()
            with deflate.DeflateIO(out, fmt, wbits) as w:
                w.write(d)
            back = deflate.DeflateIO(io.BytesIO(out.getvalue()), fmt, wbits).read()
            total += 1
            ok += back == d
print(ok, total)
big = data(20000, 3)
out = io.BytesIO()
w = deflate.DeflateIO(out, deflate.ZLIB, 12)
for i in range(0, len(big), 333):
    w.write(big[i:i + 333])
w.close()
print(len(out.getvalue()) < len(big) // 2, deflate.DeflateIO(io.BytesIO(out.getvalue())).read() == big)
