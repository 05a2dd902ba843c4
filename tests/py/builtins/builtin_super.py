# super() in methods reaches the base class
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(B):
    def who(self):
        return "C" + super(C, self).who()
print(C().who(), B().who(), type(super(B, B())).__name__)
