# str.format specs applied to strings: fill, align, width, precision
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '{:>5}|'.format('a'))
t(lambda: '{:<5}|'.format('a'))
t(lambda: '{:^5}|'.format('a'))
t(lambda: '{:^6}|'.format('ab'))
t(lambda: '{:*^6}'.format('ab'))
t(lambda: '{:.2}'.format('abcdef'))
t(lambda: '{:5.2}|'.format('abcdef'))
t(lambda: '{:s}'.format('a'))
t(lambda: '{:05}'.format('ab'))
t(lambda: '{:x<05}'.format('ab'))
t(lambda: '{:3}|'.format('abcdef'))
