# f-strings with string format specs
s = 'ab'
print(f'[{s:>5}]')
print(f'[{s:<5}]')
print(f'[{s:^6}]')
print(f'[{s:*^7}]')
print(f'[{"abcdef":.3}]')
print(f'[{s!r:>6}]')
