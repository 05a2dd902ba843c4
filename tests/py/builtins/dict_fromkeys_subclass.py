# fromkeys on a subclass makes an instance of the subclass
class D(dict):
    pass
d = D.fromkeys("ab", 1)
print(type(d).__name__, d)
class Counted(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
print(Counted.fromkeys("x", 5))
