# a list subclass is filled by list.__init__
class L(list):
    pass
a = L("abc")
print(a, type(a).__name__, len(a), a[1], isinstance(a, list))
a.append("d")
print(a, a.pop(0), a)
print(L(), L(range(3)))
class M(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
m = M(4)
print(m, m.n)
list.__init__(m, [9])
print(m)
