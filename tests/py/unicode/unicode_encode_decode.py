# UTF-8 encoding and decoding round trips
samples = ["ascii", "é", "日本語", "😀", "mixed: aé日😀", ""]
for s in samples:
    b = s.encode()
    print(len(s), len(b), b.decode() == s, s.encode("utf-8") == b, str(b, "utf-8") == s)
print(list("é".encode()), list("€".encode()), list("😀".encode()))
print(bytes([0xe2, 0x82, 0xac]).decode(), bytearray("ü", "utf-8").decode())
print(b"caf\xc3\xa9".decode(), len(b"caf\xc3\xa9"))
