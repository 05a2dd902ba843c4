# operators numbers do not support raise TypeError
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: 1.5 + None)
show(lambda: 1.5 << 1)
show(lambda: 1 << 1.5)
show(lambda: 1.5 & 1)
show(lambda: ~1.5)
show(lambda: ~1j)
show(lambda: 1j < 1)
show(lambda: 1 < "a")
show(lambda: 1.5 < [])
show(lambda: [] * 1.5)
show(lambda: 1j @ 1j)
