# dir of an instance adds the instance attributes
class P:
    cls_attr = 0
    def __init__(self):
        self.y = 1
        self.x = 2
    def method(self):
        pass
p = P()
p.z = 3
print([n for n in dir(p) if not n.startswith("__")])
print(dir(p) == sorted(dir(p)))
