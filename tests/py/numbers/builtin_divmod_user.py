# divmod() dispatches to __divmod__ and __rdivmod__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

class A:
    def __divmod__(self, other):
        return ("A.divmod", other)
    def __rdivmod__(self, other):
        return ("A.rdivmod", other)
class B:
    def __divmod__(self, other):
        return NotImplemented
class Sub(int):
    def __rdivmod__(self, other):
        return ("Sub.rdivmod", other)
print(divmod(A(), 3), divmod(3, A()), divmod(A(), A())[0])
print(divmod(7, Sub(2)), divmod(Sub(7), 2))
show(lambda: divmod(B(), 3))
show(lambda: divmod(3, B()))
