# case mapping of Cyrillic and Latin with accents
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '\u041a\u0438\u0440\u0438\u043b\u043b\u0438\u0446\u0430'.upper())
t(lambda: '\u041a\u0418\u0420\u0418\u041b\u041b\u0418\u0426\u0410'.lower())
t(lambda: '\u0451\u0436'.upper())
t(lambda: '\xc0\xc9\xce\xd5\xdc'.lower())
t(lambda: '\xe0\xe9\xee\xf5\xfc\xff'.upper())
t(lambda: '\u0100\u0101\u0150\u0151'.swapcase())
t(lambda: 'caf\xe9 cr\xe8me'.title())
