# tuple() from iterables; a tuple argument is returned as is
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 0}))
t = (1, 2)
print(tuple(t) is t, tuple(x for x in t))
for t in (lambda: tuple(1), lambda: tuple([], []), lambda: tuple(iterable=[])):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
