# bytes.index and rindex
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
b = b'abcabc'
t(lambda: b.index(b'c'))
t(lambda: b.index(99, 3))
t(lambda: b.rindex(b'a'))
t(lambda: b.index(b'z'))
t(lambda: b.rindex(122))
