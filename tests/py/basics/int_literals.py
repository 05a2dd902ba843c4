# integer literals in every base, with underscores
print(0, 00, 0x0, 0o0, 0b0)
print(0xFF, 0xff, 0XfF, 0o17, 0O17, 0b101, 0B101)
print(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_777)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(-0x10, -0b11, -0o10)
print(type(10 ** 30).__name__, type(0x10).__name__)
