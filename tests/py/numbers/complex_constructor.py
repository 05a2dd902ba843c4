# complex() of numbers
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex(True, False), complex(2**70), complex(1j), complex(1j, 1j), complex(1 + 1j, 2))
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(0.0, -0.0), complex(-0.0, 0.0), complex(imag=2), complex(real=3, imag=4))
show(lambda: complex([]))
show(lambda: complex(1, []))
show(lambda: complex(None))
show(lambda: complex(2**1100))
