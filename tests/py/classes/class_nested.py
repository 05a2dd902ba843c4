# classes defined inside classes and functions
class Outer:
    class Inner:
        def where(self):
            return "inner"
    def make(self):
        return self.Inner()
print(Outer.Inner().where(), Outer().make().where())
def factory(base_value):
    class Local:
        value = base_value
        def get(self):
            return self.value
    return Local
A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is B, A.__name__)
