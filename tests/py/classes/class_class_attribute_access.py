# __class__ and __name__ from instances and classes
class A:
    pass
class B(A):
    pass
b = B()
print(b.__class__ is B, b.__class__.__name__, B.__name__, A.__name__)
print(type(b) is b.__class__)
def name_of(obj):
    return obj.__class__.__name__
print(name_of(1), name_of("s"), name_of([]), name_of(b))
print(isinstance(b, b.__class__), b.__class__() is not b)
