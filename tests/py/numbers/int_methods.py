# int methods and attributes
for v in (0, 5, -5, 255, 2**64, -(2**70), True):
    print(v.bit_length(), v.bit_count(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator, v.as_integer_ratio())
print((5).__index__(), (5).__int__(), (5).__float__(), (-5).__abs__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print((1234).__round__(-2), (1250).__round__(-2), (5).__round__(), True.__index__(), type(True.real).__name__)
