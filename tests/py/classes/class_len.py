# __len__ used by len(); must return a non-negative int
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(0)), len(Sized(10)))
class NoLen:
    pass
try:
    len(NoLen())
except TypeError:
    print("TypeError")
