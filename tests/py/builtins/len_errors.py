# len of objects without a length
for x in (1, 2.5, None, len, iter([1]), object()):
    try:
        len(x)
    except TypeError as e:
        print(type(e).__name__)
try:
    len()
except TypeError as e:
    print(type(e).__name__)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__)
