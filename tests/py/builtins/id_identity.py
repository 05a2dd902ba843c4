# id is an int, stable for an object
a = [1]
b = a
print(type(id(a)).__name__)
print(id(a) == id(b))
print(id(a) == id(a))
x = object()
print(id(x) == id(x))
