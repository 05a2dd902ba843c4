# case mappings that change the length
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '\xdf'.upper())
t(lambda: 'stra\xdfe'.upper())
t(lambda: '\xdf'.title())
t(lambda: '\xdf'.swapcase())
t(lambda: '\xdf'.casefold())
t(lambda: '\ufb01'.upper())
t(lambda: '\ufb01x'.title())
t(lambda: '\u0130'.lower())
t(lambda: len('\u0130'.lower()))
t(lambda: '\u0149'.upper())
t(lambda: '\u01c5'.upper())
t(lambda: '\u01c5'.lower())
t(lambda: '\u01c6'.title())
t(lambda: '\u017f'.upper())
t(lambda: '\xb5'.upper())
