# exceptions raised in a generator body propagate to the consumer
def g():
    yield 1
    raise ValueError("from generator")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", e)
try:
    next(it)
except StopIteration:
    print("generator finished after raising")
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a // b
        except ZeroDivisionError:
            yield None
print(list(safe_div([(4, 2), (1, 0), (9, 3)])))
def fails_in_for():
    yield 1
    yield 1 // 0
try:
    for v in fails_in_for():
        print("got", v)
except ZeroDivisionError:
    print("ZeroDivisionError reached the loop")
