# str.format with fields inside the format spec
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '{:{w}}|'.format('a', w=4))
t(lambda: '{:{}}|'.format('a', 4))
t(lambda: '{:{}{}}|'.format('a', '>', 4))
t(lambda: '{0:{1}}'.format('a', '>3'))
t(lambda: '{:{w}.{p}}|'.format('abcdef', w=5, p=2))
t(lambda: '{:>{}}'.format('a'))
t(lambda: '{:{:{}}}'.format('a', 5, 1))
