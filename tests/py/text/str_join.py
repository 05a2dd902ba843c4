# str.join over lists, tuples, strings, generators, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: ','.join(['a', 'b', 'c']))
t(lambda: ','.join([]))
t(lambda: ','.join(['a']))
t(lambda: ''.join(('x', 'y')))
t(lambda: ', '.join('abc'))
t(lambda: '-'.join(c.upper() for c in 'xyz'))
t(lambda: ','.join(['a', 1]))
t(lambda: ','.join(1))
t(lambda: ','.join([b'a']))
try:
    ','.join(['a', 2])
except TypeError as e:
    print(e)
