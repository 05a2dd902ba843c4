# dir of container values matches dir of their types
for v in ([], (), {}, set(), frozenset(), range(1)):
    print(type(v).__name__, [n for n in dir(v) if not n.startswith("_")] == [n for n in dir(type(v)) if not n.startswith("_")])
