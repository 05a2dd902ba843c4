# next needs an iterator
for x in ([1], "s", 1, {}):
    try:
        next(x)
    except TypeError as e:
        print(type(e).__name__)
try:
    next()
except TypeError as e:
    print(type(e).__name__)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__)
