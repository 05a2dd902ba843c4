# str.isalpha and str.isalnum
for s in ['abc', 'abc1', 'ab 1', '', '\xe9\xf1', '\u4e2d\u6587', '\xaa', '_', '\xbd']:
    print(ascii(s), s.isalpha(), s.isalnum())
