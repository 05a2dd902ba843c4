# ValueError from conversions and container methods
def check(f):
    try:
        f()
        print("no error")
    except ValueError:
        print("ValueError")
check(lambda: int("abc"))
check(lambda: int("12", 5))
check(lambda: [1, 2].index(3))
check(lambda: [1, 2].remove(3))
check(lambda: "abc".index("z"))
check(lambda: chr(-1))
check(lambda: range(0, 5, 0))
check(lambda: bytes([300]))
def unpack():
    a, b = [1, 2, 3]
check(unpack)
check(lambda: int("7"))
