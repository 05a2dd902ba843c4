# format() errors for ints
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

show(lambda: format(5, ".2d"))
show(lambda: format(5, ".2"))
show(lambda: format(5, "z"))
show(lambda: format(5, ",n"))
show(lambda: format(5, ",x"))
show(lambda: format(5, ",b"))
show(lambda: format(5, "s"))
show(lambda: format(5, "q"))
show(lambda: format(5, "10.2"))
show(lambda: format(5, "."))
show(lambda: format(True, "s"))
