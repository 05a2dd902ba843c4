# str.rfind with bounds
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = 'hello world'
t(lambda: s.rfind('o'))
t(lambda: s.rfind('o', 0, 5))
t(lambda: s.rfind('l', -3))
t(lambda: s.rfind(''))
t(lambda: s.rfind('', 3, 5))
t(lambda: s.rfind('x'))
t(lambda: s.rfind('o', 5, 4))
t(lambda: s.rfind(None))
