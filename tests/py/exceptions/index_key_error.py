# IndexError and KeyError from subscripts
def check(f):
    try:
        f()
        print("no error")
    except IndexError:
        print("IndexError")
    except KeyError as e:
        print("KeyError", e.args)
check(lambda: [1, 2][2])
check(lambda: (1,)[-2])
check(lambda: "ab"[5])
check(lambda: range(3)[3])
check(lambda: {"a": 1}["b"])
check(lambda: {1: 2}[2])
check(lambda: {(1, 2): 0}[(2, 1)])
check(lambda: [][0])
check(lambda: b"x"[1])
