# bytes.center, ljust, rjust
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'ab'.center(6))
t(lambda: b'ab'.center(5, b'*'))
t(lambda: b'ab'.ljust(4, b'.'))
t(lambda: b'ab'.rjust(4))
t(lambda: b'ab'.rjust(4, bytearray(b'0')))
t(lambda: b'ab'.center(5, b'ab'))
t(lambda: b'ab'.center(5, '*'))
