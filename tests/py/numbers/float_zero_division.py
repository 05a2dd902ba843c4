# division of floats by zero
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

show(lambda: 1.0 / 0)
show(lambda: 1.0 / 0.0)
show(lambda: 1 / 0.0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1.0, 0.0))
show(lambda: divmod(1, 0.0))
show(lambda: 0.0 / 0.0)
show(lambda: 2**100 / 0.0)
