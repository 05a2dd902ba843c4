# int() from strings in various bases, and str() of ints
print(int("42"), int("-42"), int("+7"), int("  13  "), int("0"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("101", 2), int("z", 36))
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("99", 0))
print(int("1_000"), int(3.99), int(-3.99), int(True), int(False))
print(int("123456789012345678901234567890"))
print(str(42), str(-42), str(10 ** 20))
for bad in ("", "abc", "1.5", "12a", "0x", "--1"):
    try:
        int(bad)
        print("no error", bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    int("9", 8)
except ValueError:
    print("ValueError base 8")
