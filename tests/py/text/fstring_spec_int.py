# f-strings with integer format specs
n = 255
print(f'{n:5d}|{n:<5}|{n:^7}|')
print(f'{n:x} {n:X} {n:#x} {n:o} {n:b} {n:#b}')
print(f'{n:08d}')
print(f'{-n:+d} {n:+d} {n: d}')
print(f'{1234567:,} {1234567:_}')
print(f'{65:c}')
