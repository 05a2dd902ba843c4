# pow() dispatches to __pow__ and __rpow__, with the modulus
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(P(), 2), pow(P(), 2, 5), pow(2, P()), P() ** 3, 3 ** P())
class I(int):
    pass
print(pow(I(3), 4, 5), pow(3, I(4), 5), pow(3, 4, I(5)), type(pow(I(3), 2)).__name__)
