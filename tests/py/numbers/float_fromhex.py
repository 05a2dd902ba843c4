# float.fromhex() with rounding, signs, spaces and errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for s in ("0x1.8p1", "-0x1p-2", "0X1P+10", "1.8p1", "0x.8p1", "0x1.", "ff", " 0x1.8p1 ", "0x1.fffffffffffffp1023", "0x1p-1074", "0x1p-1075",
          "0x1.0000000000001p-1075", "0x3p-1076", "0x1.00000000000008", "0x1.000000000000081", "0x1.00000000000018", "inf", "-Infinity", "nan", "0x0p0", "-0x0p+0",
          "0x1.ffffffffffffffffffp0", "0x123456789abcdef0123p-40"):
    print(float.fromhex(s))
show(lambda: float.fromhex("0x1p1024"))
show(lambda: float.fromhex("0x1.ffffffffffffffp1023"))
show(lambda: float.fromhex("0xg"))
show(lambda: float.fromhex("0x1p"))
show(lambda: float.fromhex(""))
show(lambda: float.fromhex("1.5e3"))
