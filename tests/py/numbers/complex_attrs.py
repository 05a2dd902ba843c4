# complex attributes and methods: real, imag, conjugate, abs
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for v in (0j, 3 + 4j, -1.5 - 2j, complex(0, -0.0), 1e308 + 1e308j, complex(float("inf"), 1), complex(float("nan"), 1)):
    print(v.real, v.imag, v.conjugate(), abs(v), type(v.real).__name__, bool(v))
print((1).real, (1).imag, (1.5).real, (1.5).imag, (2**70).imag, True.imag)
show(lambda: abs(complex(1.7976931348623157e308, 1.7976931348623157e308)))
