# bytes case methods touch ASCII letters only
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'Hello World'.upper())
t(lambda: b'Hello World'.lower())
t(lambda: b'hello world'.capitalize())
t(lambda: b'hello world'.title())
t(lambda: b'Hello'.swapcase())
t(lambda: b'\xe9a'.upper())
t(lambda: b'\xc9A'.lower())
