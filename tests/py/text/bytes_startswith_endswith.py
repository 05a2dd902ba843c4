# bytes.startswith and endswith
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'hello'.startswith(b'he'))
t(lambda: b'hello'.startswith((b'x', bytearray(b'h'))))
t(lambda: b'hello'.startswith(b'l', 2))
t(lambda: b'hello'.endswith(b'lo'))
t(lambda: b'hello'.endswith(b'll', 0, 4))
t(lambda: b'hello'.startswith('h'))
t(lambda: b'hello'.endswith(('o',)))
