# % formatting with * width and precision
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%*s|' % (4, 'ab'))
t(lambda: '%-*s|' % (4, 'ab'))
t(lambda: '%*s|' % (-4, 'ab'))
t(lambda: '%.*s|' % (1, 'ab'))
t(lambda: '%.*s|' % (-1, 'ab'))
t(lambda: '%*d' % (5, 3))
t(lambda: '%-*d|' % (-5, 3))
t(lambda: '%*.*f|' % (7, 2, 1.5))
t(lambda: '%*s' % ('a', 'b'))
t(lambda: '%*s' % (3.5, 'a'))
t(lambda: '%*s' % (3,))
