# enumerate's start, positional or by keyword, negative and large
print(list(enumerate("ab", 5)), list(enumerate("ab", start=-1)))
print(list(enumerate("ab", start=10 ** 12)))
print(list(enumerate(iterable="xy", start=2)))
print(list(enumerate("a", True)))
