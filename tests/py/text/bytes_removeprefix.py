# bytes.removeprefix and removesuffix
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'prefix-body'.removeprefix(b'prefix-'))
t(lambda: b'body.txt'.removesuffix(b'.txt'))
t(lambda: b'ab'.removeprefix(b'x'))
t(lambda: b'ab'.removeprefix('a'))
