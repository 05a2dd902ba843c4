# str() of objects, str of bytes with and without an encoding
def t(f):
    try:
        print(ascii(f()))  # ascii(): MicroPython and CPython print non-ASCII reprs differently
    except Exception as e:
        print(type(e).__name__)
t(lambda: str())
t(lambda: str('abc'))
t(lambda: str(123))
t(lambda: str(None))
t(lambda: str([1, 'a']))
t(lambda: str(b'ab'))
t(lambda: str(b'abc', 'ascii'))
t(lambda: str(b'\xff', 'utf-8', 'replace'))
t(lambda: str(b'abc', encoding='utf-8'))
t(lambda: str(b'abc', errors='strict'))
t(lambda: str(bytearray(b'abc'), 'utf-8'))
t(lambda: str('abc', 'utf-8'))
t(lambda: str(1, 'utf-8'))
t(lambda: str(object=b'ab', encoding='ascii'))
t(lambda: str(x=1))
