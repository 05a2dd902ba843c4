# % formatting with %c
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%c' % 'a')
t(lambda: '%c' % 65)
t(lambda: '%3c|' % 'a')
t(lambda: '%-3c|' % 65)
t(lambda: '%c%c' % (104, 'i'))
t(lambda: '%c' % 'ab')
t(lambda: '%c' % 1.5)
t(lambda: '%c' % 0x110000)
t(lambda: '%c' % -1)
