# hex(), oct() and bin() of ints and __index__ objects
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

class I:
    def __index__(self):
        return -42
for v in (0, 1, -1, 255, -255, 2**63, -(2**63), 2**100 - 1, True, I()):
    print(hex(v), oct(v), bin(v))
show(lambda: hex(1.5))
show(lambda: oct("7"))
show(lambda: bin(None))
