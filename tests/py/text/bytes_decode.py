# bytes.decode with encodings
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'h\xc3\xa9llo'.decode() == 'h\xe9llo')
t(lambda: b'h\xe9llo'.decode('latin-1') == 'h\xe9llo')
t(lambda: b'hello'.decode('ascii'))
t(lambda: b'hello'.decode(encoding='utf-8'))
t(lambda: bytearray(b'ab').decode())
t(lambda: b'x'.decode('bogus'))
t(lambda: b'x'.decode(1))
