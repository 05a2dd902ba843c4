# sum of ints, bools and empty iterables
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum((-5, 5)))
print(sum([True, True, False]), sum(x * x for x in range(4)))
print(sum({1: "a", 2: "b"}), sum({3, 4}))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]))
print(sum([-(2 ** 63), -1]))
