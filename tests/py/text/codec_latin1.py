# Latin-1 maps every byte to the code point of the same value
b = bytes(range(256))
s = b.decode('latin-1')
print(len(s), s.encode('latin-1') == b, ord(s[255]))
