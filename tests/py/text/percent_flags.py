# % formatting flags - + space 0 #
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%5d|' % 42)
t(lambda: '%-5d|' % 42)
t(lambda: '%05d' % 42)
t(lambda: '%05d' % -42)
t(lambda: '%+d' % 42)
t(lambda: '% d' % 42)
t(lambda: '% d' % -42)
t(lambda: '%+05d' % 3)
t(lambda: '%-05d|' % 3)
t(lambda: '% 05d' % 3)
t(lambda: '%-+5d|' % 3)
t(lambda: '%#010x' % 255)
t(lambda: '%#5x|' % 255)
t(lambda: '%#-8o|' % 8)
t(lambda: '%05s' % 'a')
t(lambda: '%+s' % 'a')
