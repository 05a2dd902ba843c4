# bytes + and *
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'ab' + b'cd')
t(lambda: b'ab' + bytearray(b'cd'))
t(lambda: b'ab' + memoryview(b'cd'))
t(lambda: b'ab' * 2)
t(lambda: 2 * b'ab')
t(lambda: b'ab' * 0)
t(lambda: b'ab' + 'cd')
