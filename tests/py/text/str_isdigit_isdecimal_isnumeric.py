# str.isdigit, isdecimal, isnumeric over ASCII and Unicode digits
for s in ['123', '', '12a', '\u0661\u0662', '\xb2', '\xbd', '\u4e00', '\u216b', '0.5', ' 1']:
    print(ascii(s), s.isdigit(), s.isdecimal(), s.isnumeric())
