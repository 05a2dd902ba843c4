# calling int's dunder methods directly
print(int.__add__(3, 4), (3).__sub__(10), (3).__rsub__(10), (6).__mul__(7), (7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(-2))
print((2).__pow__(10), (2).__pow__(10, 1000), (2).__rpow__(3), (5).__lshift__(2), (5).__rshift__(1), (12).__and__(10), (12).__or__(3), (12).__xor__(5))
print((5).__add__(1.5), (5).__add__("a"), (5).__radd__(2**70), (5).__divmod__(3), (5).__rdivmod__(17))
print((5).__lt__(6), (5).__le__(5), (5).__eq__(5.0), (5).__ne__(5), (5).__gt__(2**70), (5).__ge__(4.5), (5).__eq__("5"))
print((5).__neg__(), (5).__pos__(), (5).__invert__(), (0).__bool__(), (5).__repr__(), (5).__str__(), (5).__hash__() == hash(5))
print((255).__format__("x"), (255).__format__(""), (2**70).__format__(","))
