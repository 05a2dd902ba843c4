# an exception in __init__ propagates to the caller of the class
class Strict:
    count = 0
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v
        Strict.count += 1
try:
    s = Strict(-1)
except ValueError as e:
    print("constructor raised", e)
s = Strict(5)
print(s.v, Strict.count)
class Parent:
    def __init__(self):
        raise KeyError("parent")
class Child(Parent):
    def __init__(self):
        print("child init")
        super().__init__()
try:
    Child()
except KeyError as e:
    print("from parent init", e.args)
