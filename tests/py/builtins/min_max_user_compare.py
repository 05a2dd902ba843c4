# min uses <, max uses >, on user objects
class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
print(min(R(2), R(1), R(3)).v)
print(max([R(2), R(1), R(3)]).v)
