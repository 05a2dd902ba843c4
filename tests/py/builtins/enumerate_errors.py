# enumerate argument errors
tests = [
    lambda: enumerate(),
    lambda: enumerate(5),
    lambda: enumerate("a", "b"),
    lambda: enumerate("a", 1.5),
    lambda: enumerate("a", 1, 2),
    lambda: enumerate("a", begin=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
