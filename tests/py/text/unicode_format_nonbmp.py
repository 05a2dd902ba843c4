# format and % width and precision in code points
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '{:>4}'.format('\U0001F600'))
t(lambda: '{:.1}'.format('\U0001F600b'))
t(lambda: '%3s|' % '\U0001F600')
t(lambda: '%.1s|' % '\U0001F600b')
t(lambda: '%c' % 0x1F600)
t(lambda: '%c' % '\U0001F600')
t(lambda: format('\xe9', '^5'))
t(lambda: '{:*<3}'.format('\u20ac'))
