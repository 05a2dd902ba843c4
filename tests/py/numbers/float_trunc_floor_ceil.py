# int(), __trunc__, __floor__ and __ceil__ of floats
for v in (0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.9999, -2.9999, 1e20, -1e20, 123.0):
    print(int(v), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__int__(), v.__float__(), v.__round__(), v.__round__(1))
