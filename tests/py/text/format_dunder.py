# str.format and format() call a class's __format__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
t(lambda: '{}'.format(F()))
t(lambda: '{:abc}'.format(F()))
t(lambda: format(F(), 'x'))
t(lambda: '{0!s}'.format(F())[:2])
class Bad:
    def __format__(self, spec):
        return 1
t(lambda: '{}'.format(Bad()))
t(lambda: 'ab'.__format__('>4'))
