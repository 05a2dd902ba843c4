# str.format brace escapes and unmatched braces
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '{{}}'.format())
t(lambda: '{{{0}}}'.format(1))
t(lambda: '{{x}}'.format())
t(lambda: 'a}}b'.format())
t(lambda: '{'.format())
t(lambda: 'x{'.format())
t(lambda: '}'.format())
t(lambda: 'a}b'.format())
t(lambda: '{0'.format(1))
t(lambda: '{0:'.format(1))
t(lambda: '{0!r'.format(1))
t(lambda: '{a{b}'.format(a=1))
for f in ['}', '{', 'a}b']:
    try:
        f.format()
    except ValueError as e:
        print(e)
