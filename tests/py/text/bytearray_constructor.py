# bytearray() constructor forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: bytearray())
t(lambda: bytearray(3))
t(lambda: bytearray(b'abc'))
t(lambda: bytearray([1, 2]))
t(lambda: bytearray('abc', 'ascii'))
t(lambda: bytearray(memoryview(b'xy')))
t(lambda: bytearray(bytearray(b'q')))
t(lambda: bytearray(1.5))
t(lambda: bytearray('a'))
t(lambda: bytearray(-1))
t(lambda: bytearray([256]))
t(lambda: bytearray(b'x', 'utf-8'))
