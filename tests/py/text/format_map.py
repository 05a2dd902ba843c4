# str.format_map with a dict and a dict subclass with __missing__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class D(dict):
    def __missing__(self, key):
        return '<' + key + '>'
t(lambda: '{x}'.format_map({'x': 'm'}))
t(lambda: '{x[0]}'.format_map({'x': 'mn'}))
t(lambda: '{x} {y}'.format_map(D(x=1)))
t(lambda: '{}'.format_map({}))
t(lambda: '{y}'.format_map({'x': 1}))
