# bytes.rsplit
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'a,b,,c'.rsplit(b',', 1))
t(lambda: b' a b '.rsplit())
t(lambda: b' a b c '.rsplit(None, 1))
t(lambda: b'aaa'.rsplit(b'aa'))
