# in a class body locals() is the class namespace being built
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    def m(self):
        pass
    b = "m" in locals()
print(C.names, C.b)
