# str.format conversions !r !s !a
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class R:
    def __repr__(self):
        return 'R()'
    def __str__(self):
        return 'r-str'
t(lambda: '{0!r}'.format('a'))
t(lambda: '{0!s}'.format('a'))
t(lambda: '{0!a}'.format('\xe9'))
t(lambda: '{0!r} {0!s} {0}'.format(R()))
t(lambda: '{0!r:>6}'.format('a'))
t(lambda: '{!r}'.format(1))
t(lambda: '{0!x}'.format('a'))
t(lambda: '{0!rr}'.format('a'))
t(lambda: '{0!}'.format('a'))
