# isinstance and issubclass with built-in and user classes
class A:
    pass
class B(A):
    pass
print(isinstance(1, int), isinstance("s", str), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(None, object), isinstance(1, object))
print(isinstance(1, (str, int)), isinstance(1, (str, list)), isinstance(b"", bytes))
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(B, object))
print(issubclass(B, (int, A)), issubclass(int, object))
print(type(B()) is B, type(B()) is A, type(1) is int, type("") is str)
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError")
