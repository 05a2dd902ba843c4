# calling each base's __init__ explicitly under multiple inheritance
class A:
    def __init__(self):
        self.a = "a"
class B:
    def __init__(self):
        self.b = "b"
class C(A, B):
    def __init__(self):
        A.__init__(self)
        B.__init__(self)
        self.c = "c"
c = C()
print(c.a, c.b, c.c)
class D(A, B):
    pass
d = D()
print(hasattr(d, "a"), hasattr(d, "b"))
