# truth value from __bool__, falling back to __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(len(L(4)), len(Both()))
if not B(False):
    print("not works")
print("yes" if L(1) else "no", [x for x in (L(0), L(2)) if x][0].n)
print(B(True) and "and-result", L(0) or "or-result")
while L(0):
    print("never")
