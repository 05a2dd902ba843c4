# str.encode with encodings and error handlers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'h\xe9llo'.encode())
t(lambda: 'h\xe9llo'.encode('utf-8'))
t(lambda: 'h\xe9llo'.encode('latin-1'))
t(lambda: 'hello'.encode('ascii'))
t(lambda: 'h\xe9llo'.encode('ascii'))
t(lambda: '\xe9\u20ac'.encode('ascii', 'replace'))
t(lambda: '\xe9\u20ac'.encode('ascii', 'ignore'))
t(lambda: '\xe9\u20acx'.encode('ascii', 'backslashreplace'))
t(lambda: '\xe9'.encode('ascii', 'xmlcharrefreplace'))
t(lambda: '\u20ac'.encode('latin-1'))
t(lambda: '\xe9'.encode('bogus'))
t(lambda: '\xe9'.encode(encoding='latin1', errors='strict'))
t(lambda: 'x'.encode(None))
