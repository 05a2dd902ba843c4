# % formatting: tuple versus single argument
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%s' % ())
t(lambda: '%s %s' % ('a',))
t(lambda: '%s' % ('a', 'b'))
t(lambda: 'abc' % ())
t(lambda: 'abc' % 5)
t(lambda: 'abc' % [1])
t(lambda: 'abc' % {})
t(lambda: '%s' % ((),))
t(lambda: '%s' % [()])
t(lambda: '%d' % (1,))
