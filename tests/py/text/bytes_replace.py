# bytes.replace
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'hello'.replace(b'l', b'L'))
t(lambda: b'hello'.replace(b'l', b'L', 1))
t(lambda: b'hello'.replace(b'', b'-'))
t(lambda: b'hello'.replace(b'x', b'y'))
t(lambda: b'hello'.replace(bytearray(b'll'), memoryview(b'LL')))
t(lambda: b'hello'.replace('l', b''))
