# a negative float to a fractional power gives a complex number
print((-8) ** (1 / 3))
print((-1) ** 0.5, (-1.0) ** 0.5, (-4.0) ** 1.5, (-2) ** -0.5)
print(type((-1) ** 0.5).__name__, type((-1) ** 2.0).__name__, (-1) ** 2.0, (-8.0) ** 3.0)
