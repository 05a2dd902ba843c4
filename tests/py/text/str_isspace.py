# str.isspace
for s in [' ', ' \t\n\r\x0b\x0c', '', 'a ', '\x1c\x1d\x1e\x1f', '\x85\xa0', '\u3000', '\u200b']:
    print(ascii(s), s.isspace())
