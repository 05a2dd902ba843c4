# all over various iterables
print(all([]), all(()), all(""), all([1, 2, 3]), all([1, 0, 3]))
print(all(["a", ""]), all([[], [1]]), all([[1], [2]]), all(x > 0 for x in range(1, 4)))
print(all({0: 1}), all({1: 0}), all(range(0)), all(range(1)))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__)
