# the in operator on str
print('ell' in 'hello', 'xyz' in 'hello', '' in 'hello', '' in '')
print('h' not in 'hello', 'Hello' in 'hello')
try:
    1 in 'abc'
except TypeError:
    print('TypeError')
