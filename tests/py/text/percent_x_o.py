# % formatting with %x %X %o and the alternate form
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%x' % 255)
t(lambda: '%X' % 255)
t(lambda: '%#x' % 255)
t(lambda: '%#X' % 255)
t(lambda: '%o' % 8)
t(lambda: '%#o' % 8)
t(lambda: '%x' % -255)
t(lambda: '%o' % -8)
t(lambda: '%x' % True)
t(lambda: '%x' % 10**30)
t(lambda: '%x' % 3.0)
t(lambda: '%x' % '3')
