# str.zfill with signs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '42'.zfill(5))
t(lambda: '-42'.zfill(5))
t(lambda: '+42'.zfill(5))
t(lambda: 'abc'.zfill(2))
t(lambda: ''.zfill(3))
t(lambda: '-'.zfill(3))
t(lambda: '3.5'.zfill(6))
t(lambda: '42'.zfill('5'))
