# filter with a function
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda x: x > 5, [])), list(filter(bool, [0, 1, "", "a"])))
f = filter(None, [0, 7])
print(next(f), next(f, "end"))
