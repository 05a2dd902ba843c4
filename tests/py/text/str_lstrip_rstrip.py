# str.lstrip and str.rstrip
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '  ab  '.lstrip())
t(lambda: '  ab  '.rstrip())
t(lambda: 'xxabxx'.lstrip('x'))
t(lambda: 'xxabxx'.rstrip('x'))
t(lambda: 'www.example.com'.lstrip('cmowz.'))
t(lambda: 'mississippi'.rstrip('ipz'))
t(lambda: 'ab'.lstrip(1))
