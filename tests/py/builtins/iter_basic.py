# iter of built-in iterables, and iter of an iterator is itself
for x in ([1, 2], (3,), "ab", {"k": 1}, {5}, range(2), b"\x01"):
    print(list(iter(x)))
it = iter([1, 2, 3])
print(iter(it) is it)
print(next(it), list(it), list(it))
