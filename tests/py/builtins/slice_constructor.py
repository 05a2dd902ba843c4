# slice(stop) and slice(start, stop[, step]), with any objects
print(slice(3), slice(1, 3), slice(1, 9, 2), slice(None), slice("a", None, [1]))
s = slice(1, 2, 3)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop)
for t in (lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(stop=1)):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
