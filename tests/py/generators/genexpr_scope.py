# generator expressions see enclosing variables at iteration time
n = 10
g = (x + n for x in range(3))
n = 20
print(list(g))
def f():
    base = 5
    return list(base * x for x in range(3))
print(f())
class C:
    values = [1, 2, 3]
    total = sum(v for v in values)
print(C.total)
x = "global x"
print(list(x for x in "ab"), x)
