# generator expressions evaluate lazily, except for the first iterable
log = []
def src():
    log.append("src called")
    return [1, 2, 3]
def f(x):
    log.append("f(%d)" % x)
    return x * 10
g = (f(x) for x in src())
print(log)
print(next(g), log)
print(list(g), log)
data = [1, 2]
g2 = (x for x in data)
data = [100, 200]
print(list(g2))
items = [1, 2]
g3 = (x for x in items)
items.append(3)
print(list(g3))
