# strings sort by code point
print(sorted(["b", "B", "a", "A", "", "ab", "aB"]))
print(" ".join(sorted(["\u00e9", "e", "z", "\u00c9", "\u4e2d", "~", "\U0001F600", "\uffff"])))
print(sorted("hello world"))
print(sorted(["10", "9", "100", "1"]))
