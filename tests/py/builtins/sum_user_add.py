# sum uses __add__ and __radd__ of user objects
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return V(self.n + (other.n if isinstance(other, V) else other))
    def __radd__(self, other):
        return V(self.n + other)
print(sum([V(1), V(2), V(3)]).n)
print(sum([V(1)], V(10)).n)
print(sum([1, V(5), 2]).n)
