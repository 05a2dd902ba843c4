# slice.indices normalises against a length
print(slice(None).indices(5), slice(1, 100).indices(10), slice(-3, None).indices(10))
print(slice(None, None, -1).indices(4), slice(10, -10, -2).indices(5), slice(0, 0).indices(0))
print(slice(2, 8, 3).indices(6))
print(list(range(10))[slice(2, 8, 3)], "abcdef"[slice(None, None, 2)])
for t in (lambda: slice(1).indices(-1), lambda: slice(0, 1, 0).indices(3)):
    try:
        t()
    except ValueError as e:
        print(type(e).__name__)
try:
    slice(1).indices("a")
except TypeError as e:
    print(type(e).__name__)
