# map with one iterable
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda x: x * 2, range(4))), list(map(int, "123")))
print(set(map(abs, [-1, 1, -2])), tuple(map(str.upper, "ab")))
m = map(str, [1])
print(next(m), next(m, "end"))
