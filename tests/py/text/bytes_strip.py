# bytes.strip family: ASCII whitespace only
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'  ab  '.strip())
t(lambda: b'\t\n ab \x0b\x0c\r'.strip())
t(lambda: b'\xa0ab\xa0'.strip())
t(lambda: b'xxabxx'.strip(b'x'))
t(lambda: b'  ab  '.lstrip())
t(lambda: b'  ab  '.rstrip())
t(lambda: b'xyabyx'.lstrip(b'xy'))
t(lambda: b'ab'.strip('a'))
