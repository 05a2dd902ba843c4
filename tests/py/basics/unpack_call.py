# argument unpacking in calls with * and **
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(1, *[2, 3]))
print(f(*(1, 2), 3))
print(f(*"\x01\x02\x03".encode()))
kw = {"b": 5, "c": 6}
print(f(4, **kw))
print(f(**{"a": 7, "b": 8, "c": 9}))
print(f(*[1], **{"c": 3, "b": 2}))
print(f(*[1], *[2], *[3]))
print(f(**{"a": 1}, **{"b": 2, "c": 3}))
print(f(*range(3)))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
