# reversed of tuples, strings and bytes
print(list(reversed((1, 2, 3))), list(reversed(())))
print(list(reversed("abc")), "".join(reversed("h\u00e9llo")), "".join(reversed("a\U0001F600b")))
print(list(reversed(b"ab")), list(reversed(bytearray(b"xy"))))
