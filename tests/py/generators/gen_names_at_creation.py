# A generator's __name__ and __qualname__ are its function's when it was made; renaming the function later does not
# change them.
def numbers():
    yield 1


class Box:
    def items(self):
        yield 2


g = numbers()
numbers.__name__ = "renamed"
numbers.__qualname__ = "Renamed.numbers"
h = numbers()
print(g.__name__, g.__qualname__, h.__name__, h.__qualname__)
b = Box().items()
print(b.__name__, b.__qualname__, list(b))
print(repr(h).startswith("<generator object Renamed.numbers at "))
