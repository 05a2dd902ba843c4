# character classes beyond ASCII
for s in ['\u0663', '\xb2', '\xbd', '\u2167', '\u4e03', '\xe9', '\u4e2d', '\u0391', '\u2003', '\u00a0', '\U0001F600', '\u0301']:
    print(ascii(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isprintable())
