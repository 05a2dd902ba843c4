# str.rsplit with and without separator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a b  c'.rsplit())
t(lambda: '  a b  c  '.rsplit(None, 1))
t(lambda: '  a b  c  '.rsplit(maxsplit=0))
t(lambda: 'a,b,,c'.rsplit(',', 1))
t(lambda: 'a,b,,c'.rsplit(','))
t(lambda: 'aaa'.rsplit('aa', 1))
t(lambda: 'x'.rsplit('x'))
t(lambda: 'abc'.rsplit(''))
