# bytes objects: indexing gives ints, slicing gives bytes
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[-3:])
print(list(b"abc"), bytes([104, 105]), bytes(3), bytes(b"copy"), bytes("é", "utf-8"))
print(b + b" world", b * 2, b"a" in b, 104 in b, b"xyz" in b)
print(b == b"hello", b != b"Hello", b < b"help", b"" < b"\x00")
print(b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"), b.split(b"l"))
print(b.upper(), b"  x ".strip(), b.startswith(b"he"), b"-".join([b"a", b"b"]))
print(b.decode(), b"\xc3\xa9".decode("utf-8") == "\u00e9")
print(repr(b"\x00\x01\x7f\x80\xff"), repr(b"'"), repr(b'"'), repr(b"\n\t\\"))
for x in b"hi":
    print(x)
try:
    b[0] = 1
except TypeError:
    print("TypeError")
try:
    bytes([256])
except ValueError:
    print("ValueError")
