# str methods called through the type
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: str.upper('abc'))
t(lambda: str.split('a b'))
t(lambda: str.join(',', ['a', 'b']))
t(lambda: str.count('aaa', 'a'))
t(lambda: str.upper(1))
t(lambda: list(map(str.strip, [' a ', 'b '])))
t(lambda: sorted(['b', 'A', 'c'], key=str.lower))
