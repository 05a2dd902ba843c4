# str.index raises ValueError when the substring is missing
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = 'abcabc'
t(lambda: s.index('b'))
t(lambda: s.index('b', 2))
t(lambda: s.index('c', -1))
t(lambda: s.index('x'))
t(lambda: s.index('a', 1, 3))
t(lambda: s.index(''))
try:
    s.index('zz')
except ValueError as e:
    print('ValueError', e)
