# str.isupper and str.islower: cased characters decide
for s in ['ABC', 'ABc', 'AB1', '123', '', 'abc', 'ab1', 'a B', '\xdf', '\xc9', '\u01c5']:
    print(ascii(s), s.isupper(), s.islower())
