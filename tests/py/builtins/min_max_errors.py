# min/max argument errors
tests = [
    lambda: min(),
    lambda: max(),
    lambda: min(1),
    lambda: max(1, 2, default=0),
    lambda: min([1, "a"]),
    lambda: max(1, "a"),
    lambda: min([1], bogus=1),
    lambda: max([1], key=5),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
