# bytes() argument errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: bytes(-1))
t(lambda: bytes([1, 2, 300]))
t(lambda: bytes([-1]))
t(lambda: bytes([1, 'a']))
t(lambda: bytes([1.5]))
t(lambda: bytes('abc'))
t(lambda: bytes(1, 'ascii'))
t(lambda: bytes(b'a', 'ascii'))
t(lambda: bytes([1], errors='strict'))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes('\xe9', 'ascii'))
t(lambda: bytes('a', 'nope'))
