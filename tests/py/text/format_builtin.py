# the format() builtin on str, int and other objects
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: format('ab'))
t(lambda: format('ab', '>5'))
t(lambda: format(42, '05d'))
t(lambda: format(True, 'd'))
t(lambda: format(None))
t(lambda: format([1], ''))
t(lambda: format(None, '>5'))
t(lambda: format('ab', 1))
t(lambda: format(object(), 'x'))
