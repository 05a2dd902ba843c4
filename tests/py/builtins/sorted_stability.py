# equal keys keep their original order
data = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 2), ("f", 0)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1] % 2))
words = ["aa", "b", "cc", "d", "ee", "f", "gg"]
print(sorted(words, key=len))
