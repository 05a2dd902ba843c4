# bytes.count
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'aaaa'.count(b'a'))
t(lambda: b'aaaa'.count(b'aa'))
t(lambda: b'aaaa'.count(97))
t(lambda: b'aaaa'.count(b''))
t(lambda: b'aaaa'.count(b'a', 1, 3))
t(lambda: b'aaaa'.count('a'))
