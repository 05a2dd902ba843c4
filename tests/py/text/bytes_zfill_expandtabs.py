# bytes.zfill and expandtabs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'42'.zfill(5))
t(lambda: b'-42'.zfill(5))
t(lambda: b'a\tb'.expandtabs(4))
t(lambda: b'a\tb\nc\td'.expandtabs())
