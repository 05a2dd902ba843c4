# vars of a class and of a module contain their attributes
class C:
    attr = 5
    def m(self):
        pass
v = vars(C)
print(v["attr"], "m" in v, "__init__" in v)
import sys
print("path" in vars(sys), vars(sys) is sys.__dict__)
