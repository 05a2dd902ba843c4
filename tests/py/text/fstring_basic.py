# f-strings with names, expressions and literal braces
name = 'world'
n = 3
print(f'hello {name}')
print(f'{n + 1} {n * 2}')
print(f'{{literal}} {name}')
print(f'{name!r} {name.upper()}')
print(f'{"a" + "b"}')
print(f'{[1, 2][1]}')
