# bytes.join with bytes-like items
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b','.join([b'a', b'b']))
t(lambda: b','.join([b'a', bytearray(b'b'), memoryview(b'c')]))
t(lambda: b''.join([]))
t(lambda: b'-'.join((b'x',)))
t(lambda: b','.join([b'a', 'b']))
t(lambda: b','.join([1]))
t(lambda: bytearray(b'+').join([b'a', b'b']))
