# sum's start argument, positional or by keyword
print(sum([1, 2], 10), sum([1, 2], start=10), sum([], start=7))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([[1]], start=[0]))
try:
    sum(start=1)
except TypeError as e:
    print(type(e).__name__)
try:
    sum([1], 2, 3)
except TypeError as e:
    print(type(e).__name__)
