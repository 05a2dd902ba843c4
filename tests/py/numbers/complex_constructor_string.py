# complex() of strings
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for s in ("1", "1j", "-1j", "j", "-j", "+j", "1+2j", "1-2j", "1.5e3-2.5e-3j", "(1+2j)", " ( 1+2j ) ", "1+j", "1-j", "infj", "-inf+nanj", "nan",
          "1e1j", "1E1J", "  3.5  ", "1_000+2_000j", ".5j", "5.j", "0x10", "1+2", "1+2i", "(1+2j", "1+2j)", "", " ", "j1", "1e", "1ej", "++1j", "1 + 2j"):
    try:
        print(repr(s), complex(s))
    except ValueError:
        print(repr(s), "ValueError")
show(lambda: complex("1", 2))
show(lambda: complex(1, "2"))
show(lambda: complex(b"1"))
