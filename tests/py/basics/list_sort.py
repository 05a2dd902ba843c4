# sort and sorted with key and reverse (keys are distinct: MicroPython's sort is not stable)
words = ["pear", "fig", "apple", "kiwifruit", "banana"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
pairs = [(1, "b"), (0, "z"), (3, "a"), (4, "y"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs))
l = [3, -1, 2, -5]
l.sort(key=abs)
print(l)
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted("bca"))
print(sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
