# str.ljust and str.rjust
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'ab'.ljust(5))
t(lambda: 'ab'.ljust(5, '-'))
t(lambda: 'ab'.rjust(5))
t(lambda: 'ab'.rjust(5, '0'))
t(lambda: 'ab'.rjust(1))
t(lambda: 'ab'.ljust(0))
t(lambda: 'ab'.ljust(4, ''))
t(lambda: 'ab'.rjust(4, None))
