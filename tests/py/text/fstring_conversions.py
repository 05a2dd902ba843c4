# f-string conversions and debug specifier
s = 'ab'
print(f'{s!r} {s!s} {s!a}')
print(f'{"caf" + chr(233)!a}')
x = 5
print(f'{x=}')
print(f'{x = }')
print(f'{x=:>4}')
