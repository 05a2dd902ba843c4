# range accepts objects with __index__
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(range(I(3))), list(range(I(1), I(7), I(2))))
class NoIndex:
    def __int__(self):
        return 3
try:
    range(NoIndex())
except TypeError as e:
    print(type(e).__name__)
