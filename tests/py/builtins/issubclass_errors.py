# issubclass needs classes
for args in ((1, int), (int, 1), ([], list)):
    try:
        issubclass(*args)
    except TypeError as e:
        print(type(e).__name__)
try:
    issubclass(int)
except TypeError as e:
    print(type(e).__name__)
