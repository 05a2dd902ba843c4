# next with and without a default
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
g = (x * x for x in range(2))
print(next(g), next(g), next(g, -1))
