# map argument errors
for t in (lambda: map(), lambda: map(str), lambda: map(str, 5), lambda: map(str, [1], key=1)):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__)
