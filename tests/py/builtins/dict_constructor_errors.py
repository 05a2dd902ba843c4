# dict() argument errors
tests = [
    lambda: dict(1),
    lambda: dict([1]),
    lambda: dict([(1, 2, 3)]),
    lambda: dict(["abc"]),
    lambda: dict({}, {}),
    lambda: dict([([], 1)]),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
