# str.format with automatic field numbering and switching errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '{} {}'.format('a', 'b'))
t(lambda: '{}{}'.format(1))
t(lambda: '{}{0}'.format(1))
t(lambda: '{0}{}'.format(1))
t(lambda: '{}-{x}'.format(1, x=2))
try:
    '{}{1}'.format(1, 2)
except ValueError as e:
    print(e)
try:
    '{1}{}'.format(1, 2)
except ValueError as e:
    print(e)
