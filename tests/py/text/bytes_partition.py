# bytes.partition and rpartition
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'a,b,c'.partition(b','))
t(lambda: b'a,b,c'.rpartition(b','))
t(lambda: b'abc'.partition(b','))
t(lambda: b'abc'.rpartition(b','))
t(lambda: b'abc'.partition(b''))
t(lambda: b'abc'.partition(','))
