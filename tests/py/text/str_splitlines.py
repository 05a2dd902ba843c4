# str.splitlines and every line boundary, keepends
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'a\nb\r\nc\rd'.splitlines())
t(lambda: 'a\nb\r\nc\rd\n'.splitlines(True))
t(lambda: 'a\nb\r\n'.splitlines(keepends=True))
t(lambda: 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
t(lambda: ''.splitlines())
t(lambda: '\n'.splitlines())
t(lambda: '\n\n'.splitlines(True))
t(lambda: 'no newline'.splitlines())
