# str() of bytes and bytes() of str with an encoding
b = "naïve".encode()
print(len(b), b[2], b[3], b[2:4].decode())
print(bytes("€", "utf-8") == b"\xe2\x82\xac", str(b"\xe2\x82\xac", "utf-8"))
print(len(bytearray("日本", "utf-8")), bytearray("日本", "utf-8").decode())
print(b"\xf0\x9f\x98\x80".decode(), len(b"\xf0\x9f\x98\x80".decode()))
