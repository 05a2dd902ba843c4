# subclassing int
class MyInt(int):
    def double(self):
        return self * 2
    def describe(self):
        return "MyInt " + str(int(self))
m = MyInt(21)
print(m, m + 1, m * 2, m.double(), m.describe())
print(isinstance(m, int), isinstance(m, MyInt), m == 21, m < 100, int(m))
print(type(m + 1).__name__, type(m).__name__)
print([10, 20, 30, 40][MyInt(2)], hex(MyInt(255)), -m, m // 4, m & 1)
print({MyInt(5): "five"}[5], {5: "five"}[MyInt(5)])
print(list(range(MyInt(3))))
