# str.rindex
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = 'abcabc'
t(lambda: s.rindex('b'))
t(lambda: s.rindex('b', 0, 4))
t(lambda: s.rindex('a', -3))
t(lambda: s.rindex('x'))
t(lambda: s.rindex(''))
