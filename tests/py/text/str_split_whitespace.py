# str.split without separator: runs of whitespace, maxsplit
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a b  c'.split())
t(lambda: '  a b  c  '.split())
t(lambda: '  a b  c  '.split(None, 1))
t(lambda: '  a b  c  '.split(maxsplit=1))
t(lambda: '  a b  c  '.split(maxsplit=0))
t(lambda: 'a\tb\nc\x0bd\x0ce\rf'.split())
t(lambda: ''.split())
t(lambda: '   '.split())
t(lambda: 'one'.split())
