# str.maketrans forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: sorted(str.maketrans('ab', 'xy').items()))
t(lambda: sorted(str.maketrans('ab', 'xy', 'c').items()))
t(lambda: sorted(str.maketrans({'a': 1, 98: 'b'}).items()))
t(lambda: str.maketrans('ab', 'xyz'))
t(lambda: str.maketrans({'ab': 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans('a'))
t(lambda: 'hello'.translate(str.maketrans('lo', '01', 'h')))
