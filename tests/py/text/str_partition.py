# str.partition
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a,b,c'.partition(','))
t(lambda: 'abc'.partition(','))
t(lambda: 'a::b::c'.partition('::'))
t(lambda: ''.partition('x'))
t(lambda: 'abc'.partition(''))
t(lambda: 'abc'.partition(1))
