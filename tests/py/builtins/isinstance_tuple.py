# isinstance with a tuple of types, nested tuples included
print(isinstance(1, (str, int)), isinstance(1, (str, list)), isinstance(1, ()))
print(isinstance("a", (int, (list, str))))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__)
try:
    isinstance(1, (int, 1))
    print("found int first")
except TypeError as e:
    print(type(e).__name__)
