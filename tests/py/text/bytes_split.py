# bytes.split with and without separator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'a b  c'.split())
t(lambda: b'  a b  '.split(None, 1))
t(lambda: b'a\x1cb'.split())
t(lambda: b'a,b,,c'.split(b','))
t(lambda: b'a,b,,c'.split(b',', 1))
t(lambda: b'a,b'.split(bytearray(b',')))
t(lambda: b'a,b'.split(','))
t(lambda: b'a,b'.split(b''))
