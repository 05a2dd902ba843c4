# str.startswith with tuples and bounds
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = 'hello'
t(lambda: s.startswith('he'))
t(lambda: s.startswith('lo'))
t(lambda: s.startswith(('x', 'he')))
t(lambda: s.startswith(()))
t(lambda: s.startswith('l', 2))
t(lambda: s.startswith('l', 2, 2))
t(lambda: s.startswith('', 5))
t(lambda: s.startswith('', 6))
t(lambda: s.startswith('ell', -4))
t(lambda: s.startswith(1))
t(lambda: s.startswith(['he']))
t(lambda: s.startswith(('x', 1)))
