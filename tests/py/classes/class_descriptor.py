# the descriptor protocol: __get__, __set__ and __delete__ on class attributes
class Typed:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, "_" + self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("int required")
        setattr(obj, "_" + self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, "_" + self.name)
class Item:
    qty = Typed("qty")
i = Item()
print(i.qty)
i.qty = 5
print(i.qty)
try:
    i.qty = "many"
except TypeError as e:
    print("TypeError", e)
del i.qty
print(i.qty)
class Const:
    def __get__(self, obj, objtype=None):
        return 42
class Holder:
    answer = Const()
print(Holder().answer)
