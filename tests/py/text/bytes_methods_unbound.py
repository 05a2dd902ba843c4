# bytes methods called through the type
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: bytes.upper(b'abc'))
t(lambda: bytes.split(b'a b'))
t(lambda: bytearray.upper(bytearray(b'x')))
t(lambda: bytes.upper('abc'))
t(lambda: bytes.hex(b'\x01'))
