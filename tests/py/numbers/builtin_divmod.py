# divmod() of ints and floats
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for a in (17, -17, 0, 2**70, -(2**70), 7.5, -7.5):
    for b in (5, -5, 2**65, 0.5, -1.25):
        print(divmod(a, b))
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0))
show(lambda: divmod(2**100, 0))
show(lambda: divmod(1j, 1))
show(lambda: divmod("a", 1))
show(lambda: divmod(1, None))
