# case mapping of Greek, final sigma included
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac'.upper())
t(lambda: '\u0395\u039b\u039b\u0397\u039d\u0399\u039a\u0386'.lower())
t(lambda: '\u0391\u03a3'.lower())
t(lambda: '\u0391\u03a3 \u0392\u03a3'.lower())
t(lambda: '\u03a3'.lower())
t(lambda: '\u0391\u03a3\u0391'.lower())
t(lambda: '\u03b1\u03c2'.upper())
t(lambda: '\u03c3\u03c2'.casefold())
