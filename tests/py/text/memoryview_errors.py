# memoryview() of objects without a buffer
for x in ['abc', 1, None, [1]]:
    try:
        memoryview(x)
    except TypeError:
        print('TypeError', type(x).__name__)
