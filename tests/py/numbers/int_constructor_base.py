# int(s, base) with prefixes, underscores and every base
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XfF", 0), int("0o17", 0), int("0b101", 0), int("0o17", 8), int("0b11", 2))
print(int("z", 36), int("Z", 36), int("10", 2), int("10", 36), int("-10", 7), int(" +0x_1_f ", 16))
print(int("0", 0), int("0_0", 0), int("00", 0), int("-0x10", 0), int("1_0", 0), int("11", base=3))
for b in range(2, 37):
    print(b, int("10", b), int("1" * 20, b))
