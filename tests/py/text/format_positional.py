# str.format with explicit positional fields
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '{0} {1}'.format('a', 'b'))
t(lambda: '{1} {0}'.format('a', 'b'))
t(lambda: '{0} {0}'.format('a'))
t(lambda: '{00}'.format(5))
t(lambda: '{1}'.format(1))
t(lambda: '{0}'.format())
