# \x, \u and \U escapes produce code points
print("\xe9" == "é", "\u00e9" == "é", "\U000000e9" == "é")
print("\u20ac", "\U0001F600", "\u65e5\u672c")
print(len("\u20ac"), len("\U0001F600"), ord("\u20ac"))
print("\x41\u0042\U00000043")
print(b"\xc3\xa9".decode() == "\xe9")
print(r"\u00e9", len(r"\u00e9"))
