# returning NotImplemented hands the operation to the other operand or raises TypeError
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented
    def __repr__(self):
        return "%dm" % self.v
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1))
print(sum([Meters(1), Meters(2), Meters(3)]))
for bad in ("x", 1.5, [1]):
    try:
        Meters(1) + bad
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    "x" + Meters(1)
except TypeError:
    print("TypeError reflected")
