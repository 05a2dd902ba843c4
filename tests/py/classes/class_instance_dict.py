# instance attributes live in __dict__
class P:
    cls_attr = 0
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(sorted(p.__dict__.items()))
p.c = 3
print(sorted(p.__dict__))
del p.a
print(sorted(p.__dict__), "cls_attr" in p.__dict__)
