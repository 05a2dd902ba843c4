# print's sep: empty, multi-character, newline, None means a space
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ")
print("a", "b", sep="\n")
print("a", "b", sep=None)
print("only", sep="-")
print(sep="x")
print(*"abc", sep="|")
