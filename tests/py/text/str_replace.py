# str.replace with count, empty old string, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'hello'.replace('l', 'L'))
t(lambda: 'hello'.replace('l', 'L', 1))
t(lambda: 'hello'.replace('l', 'L', 0))
t(lambda: 'hello'.replace('l', 'L', -1))
t(lambda: 'hello'.replace('', '-'))
t(lambda: 'hello'.replace('', '-', 2))
t(lambda: ''.replace('', 'x'))
t(lambda: 'hello'.replace('x', 'y'))
t(lambda: 'aaa'.replace('aa', 'b'))
t(lambda: 'abc'.replace('b', ''))
t(lambda: 'hello'.replace(1, 'x'))
t(lambda: 'hello'.replace('l', 1))
t(lambda: 'hello'.replace('l'))
