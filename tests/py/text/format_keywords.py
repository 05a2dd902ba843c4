# str.format with keyword fields
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '{x} {y}'.format(x=1, y='z'))
t(lambda: '{x}{x}'.format(x='r'))
t(lambda: '{a}'.format(b=1))
t(lambda: '{a b}'.format(**{'a b': 1}))
t(lambda: '{ 0}'.format(1))
t(lambda: '{-1}'.format(5))
