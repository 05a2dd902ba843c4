# print uses str() of each object, which may be user-defined
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class B:
    def __repr__(self):
        return "B-repr"
print(A(), B())
print([A(), B()])
class Bad:
    def __str__(self):
        return 42
try:
    print(Bad())
except TypeError as e:
    print(type(e).__name__)
