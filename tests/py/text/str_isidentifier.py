# str.isidentifier
for s in ['abc', '_x1', '1x', '', 'a b', 'if', 'caf\xe9', '__init__', 'x-y']:
    print(ascii(s), s.isidentifier())
