# f-strings with fields inside the spec
w = 6
p = 2
s = 'abcdef'
print(f'[{s:>{w}}]')
print(f'[{s:{w}.{p}}]')
print(f'[{3.25:{w}.{p}f}]')
align = '^'
print(f'[{"x":{align}{w}}]')
