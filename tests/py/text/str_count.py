# str.count: non-overlapping, empty needle, bounds
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'aaaa'.count('a'))
t(lambda: 'aaaa'.count('aa'))
t(lambda: 'aaaa'.count(''))
t(lambda: 'aaaa'.count('', 2))
t(lambda: 'aaaa'.count('', 5))
t(lambda: 'aaaa'.count('a', 1, 3))
t(lambda: 'aaaa'.count('a', 3, 1))
t(lambda: 'abcabc'.count('bc', -3))
t(lambda: ''.count(''))
t(lambda: 'abc'.count(1))
