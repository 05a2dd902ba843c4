# chained str methods
line = '  Key = Some Value  '
k, _, v = line.strip().partition('=')
print(repr(k.strip().lower()), repr(v.strip().upper()))
print('-'.join(w.capitalize() for w in 'the quick brown fox'.split()))
print(','.join(sorted('c,a,b'.split(','))).center(9, '*'))
print('CamelCaseString'.replace('C', ' c').strip().split())
