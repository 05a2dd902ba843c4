# ord of str, bytes and bytearray
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: ord('A'))
t(lambda: ord('\xe9'))
t(lambda: ord('\U0001F600'))
t(lambda: ord(b'A'))
t(lambda: ord(bytearray(b'\xff')))
t(lambda: ord(1))
t(lambda: ord('ab'))
t(lambda: ord(''))
t(lambda: ord(b'ab'))
