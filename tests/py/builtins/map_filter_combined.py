# map and filter chained with builtins
nums = range(10)
print(sum(map(lambda x: x * x, filter(lambda x: x % 2, nums))))
print(list(map(str, filter(None, [0, 1, 2]))), max(map(len, ["a", "bbb", "cc"])))
print(sorted(filter(str.isalpha, "a1b2c3"), reverse=True))
print(list(zip(map(abs, [-1, -2]), filter(None, [0, 5, 6]))))
