# format() of complex numbers
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for v in (0j, 1 + 2j, -1 - 2j, 1.5 - 0j, complex(-0.0, 1), 2j, complex(1e20, -1e-5), complex(1234.5, -6789.25), complex(float("nan"), float("inf"))):
    print(format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"), format(v, "+"), format(v, " "), format(v, "^25"), format(v, ".3"), format(v, ","), format(v, "n"), format(v, "z.1f"))
show(lambda: format(1j, "010"))
show(lambda: format(1j, "=10"))
show(lambda: format(1j, "d"))
show(lambda: format(1j, "%"))
show(lambda: format(1j, ",n"))
