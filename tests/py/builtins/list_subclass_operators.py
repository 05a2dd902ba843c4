# operators on list subclasses
class L(list):
    pass
a = L([1, 2])
print(a + [3], type(a + [3]).__name__, a * 2)
b = a
b += [9]
print(b is a, a, type(a).__name__)
b *= 2
print(b is a, a)
print(a == [1, 2, 9, 1, 2, 9], a < [2], sorted(L([3, 1, 2])))
print(3 in L([3]), list(reversed(L([1, 2]))))
try:
    hash(L())
except TypeError as e:
    print(type(e).__name__)
