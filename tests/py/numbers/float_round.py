# round(float) gives an int with round-half-even
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e20, -1e20, 4503599627370497.0, 1.7976931348623157e308):
    print(round(v), type(round(v)).__name__)
show(lambda: round(float("inf")))
show(lambda: round(float("-inf")))
show(lambda: round(float("nan")))
