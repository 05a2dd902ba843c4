# class bodies have their own scope that methods do not see
x = "global x"
class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    def method_cls(self):
        return self.x
print(C.y, C().method(), C().method_cls())
def f():
    z = "enclosing"
    class D:
        w = z
        def m(self):
            return z
    return D.w, D().m()
print(f())
class E:
    a = 1
    b = [a] * 2
print(E.b)
