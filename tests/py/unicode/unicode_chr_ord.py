# chr and ord across the code point range
for cp in [0x41, 0xE9, 0x3A9, 0x20AC, 0x65E5, 0xFFFD, 0x1F600, 0x10FFFF]:
    c = chr(cp)
    print(hex(cp), ord(c) == cp, len(c), len(c.encode()))
print(chr(0x263A), chr(0x1F40D))
print(ord("€"), ord("😀"), ord("\u00ff"))
