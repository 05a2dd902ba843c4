# __setattr__ used to validate and transform values
class Positive:
    def __setattr__(self, name, value):
        if value < 0:
            raise ValueError(name)
        super().__setattr__(name, value * 10)
p = Positive()
p.a = 1
p.b = 2
print(p.a, p.b)
try:
    p.c = -1
except ValueError as e:
    print("rejected", e.args)
print(hasattr(p, "c"))
