# subclasses of int keep int behaviour and their own methods
class MyInt(int):
    def double(self):
        return self * 2
a = MyInt(21)
print(a, a.double(), a + 1, type(a + 1).__name__, type(a).__name__, isinstance(a, int))
print(MyInt("ff", 16), MyInt(3.7), MyInt(), hex(MyInt(255)), int(MyInt(5)), type(int(MyInt(5))).__name__)
print(a == 21, a < 22, hash(a) == hash(21), {21: "x"}[a], abs(MyInt(-4)), -a, float(a), str(a), repr(a))
class Big(int):
    pass
b = Big(2**100)
print(b, b + 1, b // 3, b.bit_length(), type(b).__name__)
