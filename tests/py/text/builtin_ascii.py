# ascii() escapes every non-ASCII code point
print(ascii('abc'), ascii('\xe9\u20ac\U0001F600'), ascii(b'\xff'))
print(ascii(['\xe9', b'x', 1]), ascii('\n\t'), ascii("it's"))
