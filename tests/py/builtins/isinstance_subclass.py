# isinstance and issubclass with user classes
class A:
    pass
class B(A):
    pass
class C:
    pass
class L(list):
    pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(L(), list), isinstance(L(), L), isinstance([], L))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(L, list))
print(issubclass(bool, int), issubclass(int, object), issubclass(A, A))
