# % formatting with %(key) and a mapping
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%(a)s-%(b)s' % {'a': 1, 'b': 'x'})
t(lambda: '%(a)s %(a)r' % {'a': 'q'})
t(lambda: '%(n)05d' % {'n': 7})
t(lambda: '%(a(b))s' % {'a(b)': 1})
t(lambda: '%(a)s' % {'b': 1})
t(lambda: '%(a)s' % 1)
t(lambda: '%(a)s' % ('x',))
t(lambda: '%(a' % {'a': 1})
t(lambda: '%s %(a)s' % {'a': 1})
t(lambda: '%(a)s %s' % {'a': 1})
