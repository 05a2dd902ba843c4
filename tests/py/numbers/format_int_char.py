# format() of ints with the c presentation type
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

print(format(65, "c"), format(97, "5c"), format(97, "<5c"), format(0x263A, "c") == chr(0x263A), format(48, "*^5c"))
show(lambda: format(-1, "c"))
show(lambda: format(0x110000, "c"))
show(lambda: format(2**100, "c"))
show(lambda: format(65, "+c"))
show(lambda: format(65, "#c"))
show(lambda: format(65, ",c"))
