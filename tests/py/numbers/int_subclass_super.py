# int subclasses overriding operators and calling super()
class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __repr__(self):
        return "Money(" + super().__repr__() + ")"
    def __str__(self):
        return "$" + str(int(self))
m = Money(5) + 10
print(m, repr(m), type(m).__name__)
print(Money(5) + Money(6), repr(Money(1) + 2**70))
class Cmp(int):
    def __eq__(self, other):
        if other == "five":
            return True
        return super().__eq__(other)
    __hash__ = int.__hash__
print(Cmp(5) == 5, Cmp(5) == "five", Cmp(5) == 6, hash(Cmp(5)) == hash(5))
