# expected: hand-written (micropython.const is MicroPython's compile-time constant; CPython has no micropython module)
from micropython import const
X = const(10)
Y = const(X * 2 + 1)
MASK = const(0xFF00)
NEG = const(-3)
BIG = const(1 << 40)
print(X, Y, MASK, NEG, BIG)
def f():
    return X + Y
print(f(), X * MASK >> 8)
class C:
    def get(self):
        return Y
print(C().get())
print(const(5), const(2) + const(3))
