# bytes.decode errors and handlers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'\xff'.decode())
t(lambda: b'a\xe2\x82'.decode())
t(lambda: b'\xff'.decode('ascii'))
t(lambda: b'a\xffb'.decode('utf-8', 'ignore'))
t(lambda: b'a\xffb'.decode('utf-8', 'backslashreplace'))
t(lambda: ascii(b'a\xffb'.decode('utf-8', 'replace')))
t(lambda: ascii(b'\xe2\x82'.decode('utf-8', 'replace')))
t(lambda: ascii(b'\xed\xa0\x80'.decode('utf-8', 'replace')))
t(lambda: b'a\xffb'.decode('ascii', 'ignore'))
t(lambda: b'\xff'.decode('utf-8', 'bogus'))
for data in [b'\xff', b'a\xe2\x82', b'a\xe2\x82b', b'\xe0\x80\x80']:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(e)
