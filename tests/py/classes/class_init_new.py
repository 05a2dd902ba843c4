# __new__ creates the instance and __init__ initialises it
class C:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print("__init__", a, b)
        self.a = a
c = C(1)
print(c.a, type(c).__name__)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance
print(Singleton() is Singleton())
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called: __new__ returned another type")
r = ReturnsOther()
print(type(r).__name__)
