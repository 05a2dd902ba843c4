# str methods that accept keyword arguments
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a,b,c'.split(sep=',', maxsplit=1))
t(lambda: 'a,b,c'.rsplit(maxsplit=1, sep=','))
t(lambda: 'a\nb'.splitlines(keepends=True))
t(lambda: 'a\tb'.expandtabs(tabsize=2))
t(lambda: 'x'.encode(encoding='ascii', errors='strict'))
t(lambda: 'a,b'.split(separator=','))
t(lambda: 'a'.find(sub='a'))
t(lambda: 'a'.strip(chars='a'))
