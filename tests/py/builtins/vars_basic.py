# vars(obj) is obj.__dict__; vars() is locals()
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(vars(c), vars(c) is c.__dict__)
vars(c)["z"] = 3
print(c.z)
def f():
    q = 1
    return vars()
print(f())
print(vars() is globals())
for x in (1, "s", [], None):
    try:
        vars(x)
    except TypeError as e:
        print(type(e).__name__)
