# long generator pipelines
def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(sum(evens(naturals(100000))))
print(sum(x * x for x in range(50000)) % 1000003)
def deep_yield_from(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep_yield_from(n - 1)
print(list(deep_yield_from(50)))
