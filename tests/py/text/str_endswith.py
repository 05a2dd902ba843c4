# str.endswith with tuples and bounds
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = 'hello'
t(lambda: s.endswith('lo'))
t(lambda: s.endswith('lo', 0, 4))
t(lambda: s.endswith('ll', 0, 4))
t(lambda: s.endswith(('x', 'o')))
t(lambda: s.endswith('', 5))
t(lambda: s.endswith('he', -10, 2))
t(lambda: s.endswith('hello!'))
t(lambda: s.endswith(None))
