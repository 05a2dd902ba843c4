# reverse=True still keeps equal items in their original order
data = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 2)]
print(sorted(data, key=lambda p: p[1], reverse=True))
words = ["aa", "b", "cc", "d", "ee"]
print(sorted(words, key=len, reverse=True))
l = [(1, "first"), (1, "second"), (0, "x"), (1, "third")]
l.sort(key=lambda p: p[0], reverse=True)
print(l)
