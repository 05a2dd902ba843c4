# f-strings with method calls, conditionals and nested quotes
items = ['a', 'b']
d = {'k': 'v'}
print(f'{", ".join(items)}')
print(f"{d['k']} {len(items)} {'yes' if items else 'no'}")
print(f'{"x".upper():>3}|{3 * "ab"}')
n = 7
print(f'{n:{"0"}{3}d}')
