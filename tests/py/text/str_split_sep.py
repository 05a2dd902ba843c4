# str.split with a separator and maxsplit
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a,b,,c'.split(','))
t(lambda: 'a,b,,c'.split(',', 1))
t(lambda: 'a,b,,c'.split(',', -1))
t(lambda: 'a,b,,c'.split(sep=',', maxsplit=2))
t(lambda: ',a,'.split(','))
t(lambda: ''.split(','))
t(lambda: 'a--b--c'.split('--'))
t(lambda: 'aaa'.split('aa'))
t(lambda: 'abc'.split(''))
t(lambda: 'abc'.split(1))
t(lambda: 'abc'.split(',', 'x'))
