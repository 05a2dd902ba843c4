# classes are instances of type; type() with three arguments creates a class
class A:
    x = 1
print(type(A) is type, isinstance(A, type), type(type) is type, isinstance(int, type))
def hello(self):
    return "hello from " + type(self).__name__
B = type("B", (A,), {"y": 2, "hello": hello})
b = B()
print(B.__name__, b.x, b.y, b.hello(), isinstance(b, A), issubclass(B, A))
Empty = type("Empty", (), {})
print(type(Empty()).__name__)
print(type(A()) is A, type(b) is B)
