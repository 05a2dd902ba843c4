# sorted argument errors and incomparable items
tests = [
    lambda: sorted(),
    lambda: sorted([1], [2]),
    lambda: sorted(5),
    lambda: sorted([1, "a"]),
    lambda: sorted([[1], (1,)]),
    lambda: sorted([1, 2], key=5),
    lambda: sorted([1, 2], bogus=1),
    lambda: sorted([{}, {}]),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
print(sorted([{}]), sorted([[1, "a"], [0, "b"]]))
