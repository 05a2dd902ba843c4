# memoryview indexing errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
m = memoryview(b'abc')
t(lambda: m[1])
t(lambda: m[-3])
t(lambda: m[3])
t(lambda: m[-4])
t(lambda: m['a'])
t(lambda: m[1.0])
