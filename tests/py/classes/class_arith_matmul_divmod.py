# the @ operator (__matmul__, __rmatmul__) and divmod() (__divmod__)
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return "rmatmul with " + repr(other)
    def __repr__(self):
        return "M(%r)" % (self.rows,)
a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b)
print(1 @ a)
class D:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, n):
        return ("divmod", self.v // n, self.v % n)
print(divmod(D(17), 5))
