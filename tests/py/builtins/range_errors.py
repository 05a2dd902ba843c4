# range argument errors
tests = [
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: range(1.0),
    lambda: range("3"),
    lambda: range(0, 1, 0),
    lambda: range(stop=3),
    lambda: range(None),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
