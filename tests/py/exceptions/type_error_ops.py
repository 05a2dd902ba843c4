# unsupported operand types raise TypeError
def check(f):
    try:
        f()
        print("no error")
    except TypeError:
        print("TypeError")
check(lambda: 1 + "a")
check(lambda: "a" + 1)
check(lambda: [1] + (1,))
check(lambda: {} + {})
check(lambda: None + 1)
check(lambda: "a" - "b")
check(lambda: [] * [])
check(lambda: -"a")
check(lambda: ~1.5)
check(lambda: len(5))
five = 5
check(lambda: five[0])
check(lambda: iter(3))
check(lambda: hash([]))
one_point_zero = 1.0
check(lambda: "abc"[one_point_zero])
check(lambda: 1 < None)
def assign():
    t = (1, 2)
    t[0] = 5
check(assign)
def assign_str():
    s = "abc"
    s[0] = "x"
check(assign_str)
