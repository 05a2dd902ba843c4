# send() into a yield from over a plain iterator behaves like next() for None
def g():
    yield from [1, 2, 3]
it = g()
print(next(it), it.send(None), next(it))
try:
    next(it)
except StopIteration:
    print("done")
def g2():
    yield from iter("ab")
    return "r"
it = g2()
print(list(it))
