# str.rpartition
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a,b,c'.rpartition(','))
t(lambda: 'abc'.rpartition(','))
t(lambda: 'a::b::c'.rpartition('::'))
t(lambda: 'abc'.rpartition(''))
