# str.find with start/end, negative and None bounds, empty needle, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = 'hello world'
t(lambda: s.find('o'))
t(lambda: s.find('o', 5))
t(lambda: s.find('o', 5, 7))
t(lambda: s.find('o', -4))
t(lambda: s.find('o', -100, -4))
t(lambda: s.find('world', None, None))
t(lambda: s.find('z'))
t(lambda: s.find(''))
t(lambda: s.find('', 11))
t(lambda: s.find('', 12))
t(lambda: s.find('', 3, 2))
t(lambda: s.find('hello world!'))
t(lambda: s.find(1))
t(lambda: s.find())
t(lambda: s.find('o', 1.5))
