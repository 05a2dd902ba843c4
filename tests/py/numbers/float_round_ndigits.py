# round(float, n) rounds the exact binary value correctly
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for v in (2.675, 2.665, 0.125, 0.375, 1.005, 1234.5678, -1234.5678, 0.5, 1.5, 2.5, 1e-10, 123456789.123456789, 5e-324, 1e300, -0.0):
    print(v, round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -3), round(v, 10))
print(round(0.30000000000000004, 16), round(0.30000000000000004, 17), round(1e300, -300), round(5e-324, 323), round(5e-324, 400), round(1e-300, -400))
print(round(2.5, None), type(round(2.5, 0)).__name__, round(-0.4, 0), round(0.4, -1), round(-4.0, -1))
show(lambda: round(1.7e308, -308))
show(lambda: round(1.5, "a"))
show(lambda: round(1.5, 1.0))
