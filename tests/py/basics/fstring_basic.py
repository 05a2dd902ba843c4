# f-strings with simple expressions
name = "World"
n = 3
print(f"Hello, {name}!")
print(f"{n} + {n} = {n + n}")
print(f"{name.lower()} {len(name)} {name[0]}")
print(f"{[1, 2, 3]} {(1, 2)} {None} {True}")
print(f"{'quoted'} {n * 'ab'}")
print(f"no fields")
print(f"{n}{n}{n}")
x = 10
print(f"{x if x > 5 else 0}")
print(f"{'a' + 'b'}", f'{"dq"}')
print(f"{x}" f"{x}" "plain")
def f(v):
    return v * 2
print(f"{f(21)}")
print(f"{ {'k': 1}['k'] }")
