# round() of ints and floats
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

print(round(5), round(-5), round(2.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(-2.675, 2), round(1234.5678, -2), round(15, -1))
print(round(2.5, None), round(x) if False else "", round(number=2.5), round(number=2.675, ndigits=2), type(round(1.0)).__name__, type(round(1.0, 0)).__name__)
show(lambda: round("a"))
show(lambda: round(1j))
show(lambda: round(1.5, "a"))
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: round(None))
