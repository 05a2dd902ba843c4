# exceptions raised inside comprehensions and generator expressions propagate
def risky(x):
    if x == 3:
        raise ValueError(x)
    return x
try:
    print([risky(x) for x in range(5)])
except ValueError as e:
    print("list comprehension", e.args)
try:
    print({x: risky(x) for x in range(5)})
except ValueError as e:
    print("dict comprehension", e.args)
try:
    print(sum(risky(x) for x in range(5)))
except ValueError as e:
    print("generator expression", e.args)
print([risky(x) for x in range(3)])
try:
    [1 // x for x in (1, 0)]
except ZeroDivisionError:
    print("ZeroDivisionError")
