# subclasses of float
class Temp(float):
    def celsius(self):
        return (self - 32) * 5 / 9
t = Temp(212)
print(t, t.celsius(), type(t).__name__, isinstance(t, float), t + 1, type(t + 1).__name__, Temp("1.5"), Temp(), repr(Temp(0.1)))
print(t == 212, t > 100, hash(t) == hash(212.0), float(t), int(t), round(Temp(2.5)), t.hex(), t.is_integer())
class Half(float):
    def __add__(self, other):
        return Half(super().__add__(other) / 2)
print(Half(4.0) + 2, type(Half(4.0) + 2).__name__)
