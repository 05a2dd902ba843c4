# format() errors for floats
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

show(lambda: format(1.5, "d"))
show(lambda: format(1.5, "x"))
show(lambda: format(1.5, "c"))
show(lambda: format(1.5, "s"))
show(lambda: format(1.5, ",n"))
show(lambda: format(1.5, "_n"))
show(lambda: format(1.5, "."))
show(lambda: format(1.5, "Z"))
