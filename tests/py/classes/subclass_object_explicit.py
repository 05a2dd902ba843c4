# classes with explicit object base behave like implicit ones
class A(object):
    def __init__(self):
        self.v = 1
class B():
    pass
class C:
    pass
print(A().v, isinstance(A(), object), issubclass(B, object), issubclass(C, object))
print(type(A()).__name__, type(B()).__name__)
