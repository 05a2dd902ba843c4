# chr
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: chr(65))
t(lambda: ord(chr(0xe9)))
t(lambda: ord(chr(0x1F600)))
t(lambda: chr(0))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(1.5))
t(lambda: chr('a'))
t(lambda: chr(True))
