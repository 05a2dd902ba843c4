# str.istitle
for s in ['Hello World', 'Hello world', 'HEllo', '123 Abc', '', 'A', 'a', 'Hello, World!', "They'Re"]:
    print(ascii(s), s.istitle())
