# str.removeprefix and str.removesuffix
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'prefix-body'.removeprefix('prefix-'))
t(lambda: 'prefix-body'.removeprefix('x'))
t(lambda: 'prefix-body'.removeprefix(''))
t(lambda: 'ab'.removeprefix('ab'))
t(lambda: 'body.txt'.removesuffix('.txt'))
t(lambda: 'body.txt'.removesuffix('.py'))
t(lambda: 'body.txt'.removesuffix(''))
t(lambda: 'ab'.removeprefix(1))
t(lambda: 'ab'.removesuffix(None))
