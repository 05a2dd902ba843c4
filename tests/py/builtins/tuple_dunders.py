# tuple's dunder methods called directly
t = (1, 2, 3)
print(t.__getitem__(1), t.__getitem__(slice(None, None, -1)), t.__len__(), t.__contains__(2))
print(t.__add__((4,)), t.__mul__(2), t.__rmul__(0))
for f in (lambda: t.__add__([4]), lambda: t.__mul__(1.5), lambda: t.__rmul__("x")):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
print(t.__eq__((1, 2, 3)), t.__lt__((1, 3)), t.__hash__() == hash(t), t.__repr__())
print(list(t.__iter__()))
print(tuple.__len__((1,)))
