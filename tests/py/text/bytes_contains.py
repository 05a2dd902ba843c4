# in on bytes with ints and byte strings
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 98 in b'abc')
t(lambda: b'bc' in b'abc')
t(lambda: b'' in b'abc')
t(lambda: 300 in b'abc')
t(lambda: 'a' in b'abc')
