# bytes.splitlines: only \n, \r and \r\n end lines
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'a\nb\r\nc\rd'.splitlines())
t(lambda: b'a\nb\r\n'.splitlines(True))
t(lambda: b'a\x0bb\x0cc\x1cd'.splitlines())
t(lambda: b''.splitlines())
