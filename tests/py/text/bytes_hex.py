# bytes.hex with separators
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'\x01\x02\xff'.hex())
t(lambda: b'\x01\x02\x03'.hex(':'))
t(lambda: b'\x01\x02\x03'.hex(':', 2))
t(lambda: b'\x01\x02\x03'.hex(':', -2))
t(lambda: b'\x01\x02\x03'.hex(b'-'))
t(lambda: b'\x01\x02\x03'.hex(sep='-', bytes_per_sep=1))
t(lambda: b'\x01\x02\x03'.hex(':', 0))
t(lambda: b''.hex(':'))
t(lambda: b'ab'.hex(''))
t(lambda: b'ab'.hex('::'))
