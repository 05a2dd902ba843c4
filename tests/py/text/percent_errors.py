# % formatting errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%' % ())
t(lambda: '%y' % 1)
t(lambda: 'ab%yz' % 1)
t(lambda: '%5%' % ())
t(lambda: '%d' % 'x')
t(lambda: '%s %s' % ('a',))
for f, a in [('%', ()), ('%s %s', (1,)), ('%s', (1, 2))]:
    try:
        f % a
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
