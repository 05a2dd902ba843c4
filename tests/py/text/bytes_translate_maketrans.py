# bytes.translate and bytes.maketrans
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: bytes.maketrans(b'ab', b'xy')[97:99])
t(lambda: b'abc'.translate(bytes.maketrans(b'ab', b'xy')))
t(lambda: b'abc'.translate(None, b'b'))
t(lambda: b'abc'.translate(None, delete=b'a'))
t(lambda: bytearray(b'abc').translate(None, b'a'))
t(lambda: bytes.maketrans(b'ab', b'x'))
t(lambda: b'abc'.translate(b'x'))
