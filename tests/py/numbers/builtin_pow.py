# pow() with two and three arguments
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(2, 0.5), pow(-8, 1 / 3), pow(0, 0), pow(0.0, 0.0), pow(2, 100), pow(1j, 2))
print(pow(2, 10, 1000), pow(2, 100, 1000), pow(-2, 101, 1000), pow(2, 10, -1000), pow(3, -1, 11), pow(base=2, exp=5), pow(2, exp=5, mod=7))
show(lambda: pow(2, 3, 0))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, 3.0, 5))
show(lambda: pow(2, 3, 5.0))
show(lambda: pow(4, -1, 8))
show(lambda: pow("a", 2))
show(lambda: pow(2))
