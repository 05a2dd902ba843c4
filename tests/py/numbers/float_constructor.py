# float() of numbers, strings and objects with __float__/__index__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 1
print(float(), float(3), float(-0), float(True), float(2**70), float(1.5), float("  1e3 "), float(b"2.5"), float(bytearray(b"-1")), float(F()), float(I()))
show(lambda: float(Bad()))
show(lambda: float([]))
show(lambda: float(None))
show(lambda: float(1j))
show(lambda: float("abc"))
show(lambda: float(b"1x"))
show(lambda: float(2**1100))
show(lambda: float(x=1))
