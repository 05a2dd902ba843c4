# format() of ints with float presentation types
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for v in (0, 5, -5, 123456789, 2**60 + 1, 10**30):
    print(format(v, "f"), format(v, ".2e"), format(v, "g"), format(v, "%"), format(v, ".3G"), format(v, ",.1f"))
show(lambda: format(2**1100, "f"))
