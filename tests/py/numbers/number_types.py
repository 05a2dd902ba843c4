# the number types: names, isinstance and type() of results
print(int, float, complex, bool, type(1), type(1.0), type(1j), type(True), type(2**100))
print(int.__name__, float.__name__, complex.__name__, bool.__name__, issubclass(bool, int), issubclass(int, float), isinstance(2**100, int))
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(1.0 + 1j).__name__, type(True + True).__name__, type(7 // 2).__name__, type(7 / 7).__name__)
print(isinstance(1, (float, complex)), isinstance(1.5, (int, float)), type(int("5")) is int, type(float(1)) is float)
