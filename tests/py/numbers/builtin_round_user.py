# round() dispatches to __round__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

class R:
    def __round__(self, ndigits=None):
        return ("round", ndigits)
class F(float):
    pass
class I(int):
    def __round__(self, n=None):
        return "I.round"
print(round(R()), round(R(), 2), round(R(), None), round(F(2.5)), round(F(2.675), 2), round(I(5)), round(I(5), 1))
class Nope:
    pass
show(lambda: round(Nope()))
