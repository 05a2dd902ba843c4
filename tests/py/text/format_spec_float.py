# format specs of floats (exact binary fractions only)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '{:.2f}'.format(3.25))
t(lambda: '{:8.3f}|'.format(-1.5))
t(lambda: '{:e}'.format(1536.0))
t(lambda: '{:.1e}'.format(0.125))
t(lambda: '{:g}'.format(0.5))
t(lambda: '{:%}'.format(0.25))
t(lambda: '{:.0%}'.format(0.5))
t(lambda: '{:+.1f}'.format(2.5))
t(lambda: '{:010.2f}'.format(-2.75))
t(lambda: '{}'.format(0.5))
