# map calls its function only when items are requested
calls = []
def f(x):
    calls.append(x)
    return x
m = map(f, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
def boom(x):
    raise ValueError(x)
m = map(boom, [1])
try:
    next(m)
except ValueError as e:
    print(type(e).__name__)
