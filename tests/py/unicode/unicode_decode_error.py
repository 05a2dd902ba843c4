# invalid UTF-8 raises UnicodeError (UnicodeDecodeError in CPython is a subclass)
for bad in (b"\xff", b"\xc3", b"abc\x80", b"\xe2\x82"):
    try:
        bad.decode()
        print("decoded", bad)
    except UnicodeError as e:
        print("UnicodeError", bad, isinstance(e, ValueError))
print(b"ok".decode())
