# str.isascii
for s in ['abc', '', '\x7f', '\x80', 'caf\xe9']:
    print(ascii(s), s.isascii())
