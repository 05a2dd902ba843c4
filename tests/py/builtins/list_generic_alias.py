# list[...] and dict[...] in annotations-style use evaluate
print(list[int] is not None, dict[str, int] is not None)
