# chr and ord
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(10) == "\n")
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("\x00"))
print("".join(chr(i) for i in range(65, 75)))
print([ord(c) for c in "hello"])
print(ord(chr(1000)) == 1000, ord(chr(0x10FFFF)) == 0x10FFFF)
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError:
        print("ValueError", bad)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError:
        print("TypeError", repr(bad))
