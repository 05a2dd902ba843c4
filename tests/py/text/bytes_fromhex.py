# bytes.fromhex
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: bytes.fromhex('01 02  0a FF'))
t(lambda: bytes.fromhex(''))
t(lambda: bytes.fromhex(' 01'))
t(lambda: bytes.fromhex('01\t02\n'))
t(lambda: bytes.fromhex('0'))
t(lambda: bytes.fromhex('zz'))
t(lambda: bytes.fromhex('0 1'))
t(lambda: bytes.fromhex(1))
t(lambda: bytearray.fromhex('0102'))
t(lambda: bytes.fromhex('deadbeef').hex())
