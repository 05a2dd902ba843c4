# find, index and count report code point positions with characters beyond U+FFFF
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__)
s = 'a\U0001F600b\U0001F600c'
t(lambda: s.find('b'))
t(lambda: s.find('\U0001F600', 2))
t(lambda: s.rfind('\U0001F600'))
t(lambda: s.index('c'))
t(lambda: s.count(''))
t(lambda: s.count('\U0001F600', 2))
t(lambda: s.find('b', 3))
t(lambda: s.startswith('b', 2))
t(lambda: s.endswith('\U0001F600', 0, 2))
t(lambda: s.find('c', -1))
