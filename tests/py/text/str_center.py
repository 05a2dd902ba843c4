# str.center: odd padding, fill characters, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'ab'.center(6))
t(lambda: 'ab'.center(5))
t(lambda: 'abc'.center(6))
t(lambda: 'abc'.center(5, '*'))
t(lambda: 'abc'.center(2))
t(lambda: 'abc'.center(-1))
t(lambda: ''.center(3, '.'))
t(lambda: 'ab'.center(5, 'xy'))
t(lambda: 'ab'.center(5, 1))
t(lambda: 'ab'.center('5'))
t(lambda: 'ab'.center())
