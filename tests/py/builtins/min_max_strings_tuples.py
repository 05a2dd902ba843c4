# min and max of strings and tuples
print(min("b", "ab", "abc"), max("b", "ab", "abc"), min(["z", "Z"]), max("hello world"))
print(min([(2, "a"), (1, "z"), (1, "b")]), max([(1,), (1, 0), ()]))
print(min([[3], [1, 2]]), max([], [0]))
