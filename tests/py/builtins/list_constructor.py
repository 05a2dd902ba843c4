# list() from various iterables; always a new list
print(list(), list([]), list("abc"), list((1, 2)), list(range(3)))
print(list({"a": 1, "b": 2}), sorted(list({3, 1, 2})), list(b"ab"))
print(list(x for x in "xy"), list({1: 2}.items()), list(iter([5])))
a = [1, 2]
b = list(a)
print(b == a, b is a)
for bad in (1, None, 2.5):
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__)
for t in (lambda: list([], []), lambda: list(iterable=[1])):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
