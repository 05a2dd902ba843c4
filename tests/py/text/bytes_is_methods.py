# bytes.isX predicates
for b in [b'123', b'abc', b'ab1', b'', b' \t\n', b'\x1c', b'ABC', b'abc', b'Hello World', b'\xe9', b'\x80']:
    print(b, b.isdigit(), b.isalpha(), b.isalnum(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
