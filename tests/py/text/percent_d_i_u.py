# % formatting with %d %i %u
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%d' % 42)
t(lambda: '%i' % -42)
t(lambda: '%u' % 42)
t(lambda: '%d' % True)
t(lambda: '%d' % 3.75)
t(lambda: '%d' % -3.75)
t(lambda: '%d' % 10**30)
t(lambda: '%d' % '3')
t(lambda: '%d' % None)
t(lambda: '%d%%' % 50)
