# in-place operators use __iadd__ / __isub__, falling back to the binary method
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
a = Acc(10)
same = a
a += 5
print(a.v, a is same)
a -= 3
print(a.v, a is same)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __sub__(self, o):
        return OnlyAdd(self.v - o)
b = OnlyAdd(1)
before = b
b += 1
print(b.v, b is before, before.v)
b -= 5
print(b.v)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
l = [1]
alias = l
l += [2]
print(l is alias, alias)
