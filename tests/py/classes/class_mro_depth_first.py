# expected: hand-written (MicroPython looks methods up depth-first, left to right, instead of CPython's C3 MRO)
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(D().who())
class X:
    attr = "X"
class Y(X):
    pass
class Z(X):
    attr = "Z"
class W(Y, Z):
    pass
print(W.attr, W().attr)
