# dir of a class lists its and its bases' attributes, sorted
class A:
    a_attr = 1
    def a_method(self):
        pass
class B(A):
    b_attr = 2
    def __init__(self):
        self.inst = 3
names = [n for n in dir(B) if not n.startswith("__")]
print(names)
print("__init__" in dir(B), "inst" in dir(B), dir(B) == sorted(dir(B)))
