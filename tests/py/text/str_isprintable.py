# str.isprintable
for s in ['abc', '', 'a\nb', '\x7f', '\xa0', '\xad', '\xe9\u20ac', '\u2028', '\ue000', ' ']:
    print(ascii(s), s.isprintable())
