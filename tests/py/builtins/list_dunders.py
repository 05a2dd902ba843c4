# list's dunder methods called directly
a = [1, 2, 3]
print(a.__getitem__(0), a.__getitem__(slice(1, None)), a.__len__(), a.__contains__(3))
a.__setitem__(0, 10)
a.__delitem__(-1)
print(a, a.__repr__(), list(a.__iter__()), list(a.__reversed__()))
print(a.__add__([4]), a.__mul__(2), a.__rmul__(2))
for f in (lambda: a.__add__(5), lambda: a.__add__((5,)), lambda: a.__mul__("2"), lambda: a.__iadd__(5)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
print(a.__eq__([10, 2]), a.__ne__([10, 2]), a.__lt__([11]), a.__ge__([10, 2, 0]))
r = a.__iadd__([7])
print(r is a, a)
r = a.__imul__(2)
print(r is a, a)
print(list.__len__([1, 2]), list.__getitem__([5, 6], -1))
try:
    list.__len__((1, 2))
except TypeError as e:
    print(type(e).__name__)
print(list.__hash__)
