# sort errors: positional arguments, bad keywords, incomparable items
for t in (lambda: [].sort(1), lambda: [2, 1].sort(bogus=1), lambda: [2, 1].sort(key=1),
          lambda: [1, "a"].sort(), lambda: [None, None].sort(), lambda: [{}, {}].sort()):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
a = [3, "x", 1, 2]
try:
    a.sort()
except TypeError:
    print(sorted(map(str, a)))
