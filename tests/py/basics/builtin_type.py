# type() of built-in values and type names
for v in [1, "s", [], (), {}, set(), None, True, b"", bytearray(), range(1), 1.5]:
    print(type(v).__name__)
class C:
    pass
print(type(C()).__name__, type(C).__name__, type(int).__name__)
print(type(1) == int, type(1) is type(2), type("a") is not type(1))
print(int.__name__, str.__name__, list.__name__, C.__name__)
