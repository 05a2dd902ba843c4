# % formatting width and precision for strings and ints
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%5s|' % 'ab')
t(lambda: '%-5s|' % 'ab')
t(lambda: '%.1s|' % 'ab')
t(lambda: '%5.1s|' % 'ab')
t(lambda: '%.0s|' % 'ab')
t(lambda: '%.3d' % 5)
t(lambda: '%.3d' % -5)
t(lambda: '%08.3d' % -5)
t(lambda: '%.3x' % 255)
t(lambda: '%#08.3x' % 5)
t(lambda: '%#.3o' % 8)
t(lambda: '%ld %hd %Ld' % (1, 2, 3))
