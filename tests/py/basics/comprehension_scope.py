# comprehension variables do not leak and closures see the right scopes
x = "outer"
l = [x for x in range(3)]
print(x, l)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g())
def h():
    fs = [lambda i=i: i for i in range(3)]
    return [k() for k in fs]
print(h())
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
print(C.doubled)
n = 5
print([n * i for i in range(3)])
print(sorted({i % 3 for i in range(10)}))
i = "unchanged"
print(sum(i for i in range(4)), i)
