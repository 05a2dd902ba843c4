# UTF-8 encode and decode round trips
for s in ['abc', 'caf\xe9', '\u20ac1', '\u65e5\u672c', '\U0001f600', '']:
    b = s.encode()
    print(len(s), len(b), b, b.decode() == s)
