# methods of str called on instances of a str subclass
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('a,b')
t(lambda: s.split(','))
t(lambda: s.shout())
t(lambda: type(s.upper()).__name__)
t(lambda: 'x'.join([S('a'), S('b')]))
t(lambda: 'abc'.startswith(S('a')))
t(lambda: len(S('abc')))
t(lambda: S('abc') == 'abc')
t(lambda: '{}|{:>4}'.format(S('q'), S('r')))
t(lambda: '%s' % S('z'))
