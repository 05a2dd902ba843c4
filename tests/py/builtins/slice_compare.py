# slices compare as (start, stop, step)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) < slice(2))
try:
    hash(slice(1))
    print("hashable")
except TypeError as e:
    print(type(e).__name__)
