# a list subclass instance as the right operand of list operators
class L(list):
    pass
a = L([1, 2])
print([0] + a, type([0] + a).__name__)
print([1, 2] == a, [1] < a, a in [[1, 2]])
