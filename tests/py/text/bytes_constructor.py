# bytes() from ints, iterables, buffers and str with an encoding
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: bytes())
t(lambda: bytes(3))
t(lambda: bytes(0))
t(lambda: bytes([1, 2, 255]))
t(lambda: bytes((65, 66)))
t(lambda: bytes(range(3)))
t(lambda: bytes(iter([1, 2])))
t(lambda: bytes(b'abc'))
t(lambda: bytes(bytearray(b'abc')))
t(lambda: bytes(memoryview(b'abc')))
t(lambda: bytes('abc', 'ascii'))
t(lambda: bytes('\xe9', 'utf-8'))
t(lambda: bytes('\xe9', 'ascii', 'replace'))
t(lambda: bytes('\xe9', encoding='latin-1'))
class HasBytes:
    def __bytes__(self):
        return b'custom'
t(lambda: bytes(HasBytes()))
