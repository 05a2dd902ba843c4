# int() of numbers, strings and bytes
print(int(), int(0), int(-5), int(True), int(False), type(int(True)).__name__)
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(-1.5e19), int(2.0**100))
print(int("42"), int("  -42\n"), int("+7"), int("1_000"), int("0"), int("-0"), int("000"))
print(int(b"123"), int(bytearray(b"-9")), int("\t12\r"))
print(int("٣")) if False else print("skip")
