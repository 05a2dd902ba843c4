# abs() calls __abs__ of user classes
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

class V:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return "abs of " + str(self.x)
class N(int):
    pass
class G(float):
    def __abs__(self):
        return 99
print(abs(V(-3)), abs(N(-7)), type(abs(N(-7))).__name__, abs(G(-2.5)))
class Nope:
    pass
show(lambda: abs(Nope()))
