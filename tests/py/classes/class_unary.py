# unary operator dunders and abs()
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return U(-self.v)
    def __pos__(self): return U(self.v + 1000)
    def __invert__(self): return U(~self.v)
    def __abs__(self): return U(abs(self.v) * 10)
    def __repr__(self): return "U(%d)" % self.v
u = U(5)
print(-u, +u, ~u, abs(U(-3)), -(-u))
class NoUnary:
    pass
for op in (lambda x: -x, lambda x: +x, lambda x: ~x, abs):
    try:
        op(NoUnary())
    except TypeError:
        print("TypeError")
