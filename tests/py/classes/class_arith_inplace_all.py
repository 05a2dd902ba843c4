# every in-place operator dunder, __iadd__ to __irshift__ (MicroPython only with MICROPY_PY_ALL_INPLACE_SPECIAL_METHODS)
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
a = Acc(10)
same = a
a += 5; print(a.v)
a -= 3; print(a.v)
a *= 4; print(a.v)
a //= 5; print(a.v)
a %= 7; print(a.v)
a **= 3; print(a.v)
a &= 0xF; print(a.v)
a |= 0x30; print(a.v)
a ^= 0x1; print(a.v)
a <<= 2; print(a.v)
a >>= 3; print(a.v)
print(a is same)
