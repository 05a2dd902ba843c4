# reflected operators are tried when the left operand does not support the operation
class R:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o): return "radd(%r)" % (o,)
    def __rsub__(self, o): return "rsub(%r)" % (o,)
    def __rmul__(self, o): return "rmul(%r)" % (o,)
    def __rtruediv__(self, o): return "rtruediv(%r)" % (o,)
    def __rfloordiv__(self, o): return "rfloordiv(%r)" % (o,)
    def __rmod__(self, o): return "rmod(%r)" % (o,)
    def __rpow__(self, o): return "rpow(%r)" % (o,)
    def __rand__(self, o): return "rand(%r)" % (o,)
    def __ror__(self, o): return "ror(%r)" % (o,)
    def __rxor__(self, o): return "rxor(%r)" % (o,)
    def __rlshift__(self, o): return "rlshift(%r)" % (o,)
    def __rrshift__(self, o): return "rrshift(%r)" % (o,)
r = R(1)
print(1 + r, 2 - r, 3 * r, 4 / r, 5 // r, 6 % r, 7 ** r)
print(8 & r, 9 | r, 10 ^ r, 11 << r, 12 >> r)
print("s" + r, [1] * r)
print(0 + r, sum([r]))
