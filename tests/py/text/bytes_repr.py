# repr of bytes is a literal CPython reads back
for b in [b'', b'abc', b'\x00\x01\x7f\x80\xff', b"it's", b'say "hi"', b'both \' and "', b'\\', b'\t\n\r']:
    r = repr(b)
    print(r, eval(r) == b)
print(repr(bytearray(b'a\x00')))
