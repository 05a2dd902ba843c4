# comparison methods returning NotImplemented fall back or raise TypeError
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented
print(A(1) == A(1), A(1) == 1, A(1) != "x")
print(A(1) < A(2))
try:
    A(1) < 5
except TypeError:
    print("TypeError")
