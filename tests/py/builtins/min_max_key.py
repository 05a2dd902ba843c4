# min and max with key=; the first extreme item wins
words = ["bb", "a", "ccc", "dd", "e"]
print(min(words, key=len), max(words, key=len))
print(min("bb", "a", "c", key=len), max("bb", "a", "cc", key=len))
print(max([-3, 2, -1], key=abs), min([-3, 2, -1], key=abs))
print(max([(1, "x"), (2, "y"), (2, "z")], key=lambda p: p[0]))
print(min([(1, "x"), (2, "y"), (1, "z")], key=lambda p: p[0]))
print(max([1, 2], key=None))
