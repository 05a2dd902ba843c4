# str.strip with whitespace and character sets
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '  ab  '.strip())
t(lambda: '\t\n ab \x0b\x0c\r'.strip())
t(lambda: 'xxabxx'.strip('x'))
t(lambda: 'xyabyx'.strip('xy'))
t(lambda: 'ab'.strip(''))
t(lambda: 'ab'.strip(None))
t(lambda: 'aaa'.strip('a'))
t(lambda: ''.strip())
t(lambda: 'ab'.strip(1))
