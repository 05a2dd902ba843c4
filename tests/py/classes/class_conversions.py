# __int__, __float__ and __str__ drive the built-in conversions
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return self.v + 0.5
    def __str__(self):
        return "Num<%d>" % self.v
n = Num(7)
print(int(n), float(n), str(n), "%s" % n, "{}".format(n))
print(int(Num(-3)) + 1, float(Num(2)) * 2)
