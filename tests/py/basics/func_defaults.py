# default argument values are evaluated once at definition time
def f(a, b=2, c="c"):
    return a, b, c
print(f(1), f(1, 3), f(1, 3, 4), f(1, c=5))
n = 10
def g(x=n):
    return x
n = 20
print(g())
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
print(append_to(3, []))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
def h(a=1, b=None, *args):
    return a, b, args
print(h(), h(5), h(5, 6, 7, 8))
calls = []
def default_value():
    calls.append("evaluated")
    return 0
def k(x=default_value()):
    return x
k(); k()
print(calls)
