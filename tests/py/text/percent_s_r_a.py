# % formatting with %s %r %a
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%s' % 'a')
t(lambda: '%s' % ('a',))
t(lambda: '%s %s' % ('a', 'b'))
t(lambda: '%s' % (('a', 'b'),))
t(lambda: '%s' % [1, 2])
t(lambda: '%s' % None)
t(lambda: '%s|%s' % (True, 1))
t(lambda: '%r' % 'a')
t(lambda: '%r' % b'x')
t(lambda: '%a' % '\xe9')
