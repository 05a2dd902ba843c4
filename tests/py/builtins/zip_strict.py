# zip(strict=True) checks that the iterables have the same length
print(list(zip("ab", [1, 2], strict=True)), list(zip(strict=True)))
for args in (("abc", [1, 2]), ("a", [1, 2]), ("ab", "ab", "a"), ("ab", "ab", "abc")):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__)
print(list(zip("ab", "abc", strict=False)))
try:
    zip("a", bogus=True)
except TypeError as e:
    print(type(e).__name__)
