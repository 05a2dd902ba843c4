# frozenset() from iterables; a frozenset argument is returned as is
print(frozenset(), frozenset([1, 1, 2]), frozenset({3}), frozenset(range(2)))
f = frozenset([1])
print(frozenset(f) is f, frozenset({1}) == f, type(frozenset(f)).__name__)
for t in (lambda: frozenset(1), lambda: frozenset([{}]), lambda: frozenset([], [])):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
