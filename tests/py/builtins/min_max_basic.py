# min and max of an iterable or of several arguments
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"), min([2.5, 1, 3]), max(1, 2.5))
print(min((1, "b"), (1, "a")), max([[1, 2], [1, 3]]))
print(min(range(5, 10)), max(x % 7 for x in range(20)))
print(min({4: "a", 2: "b"}), max({4, 9, 1}))
print(min([7]), max(7, 7))
