# % formatting with user mappings and str subclasses
class M:
    def __getitem__(self, key):
        return key.upper()
class D(dict):
    def __missing__(self, key):
        return 0
class S(str):
    pass
print('%(abc)s' % M())
print('%(x)d %(y)d' % D(x=5))
print('%s' % S('sub'), S('%s!') % 'x')
print('%s' % {'a': 1})
