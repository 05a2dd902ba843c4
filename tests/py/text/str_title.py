# str.title: word boundaries are uncased characters
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'hello world'.title())
t(lambda: "they're bill's friends".title())
t(lambda: 'hello_world-foo bar2baz'.title())
t(lambda: 'HELLO'.title())
t(lambda: ''.title())
t(lambda: '1st 2nd'.title())
