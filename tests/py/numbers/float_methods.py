# float methods: is_integer, as_integer_ratio, conjugate, real, imag
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for v in (0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0**60, 3.0):
    print(v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
print(float("inf").is_integer(), float("nan").is_integer())
show(lambda: float("nan").as_integer_ratio())
show(lambda: float("inf").as_integer_ratio())
show(lambda: float("-inf").as_integer_ratio())
