# ordering comparisons between unrelated types raise TypeError
def check(f):
    try:
        print(f())
    except TypeError:
        print("TypeError")
check(lambda: 1 < "a")
check(lambda: "a" > 1)
check(lambda: [1] < (1,))
check(lambda: None < None)
check(lambda: {} < {})
check(lambda: 1 <= None)
check(lambda: 1 == "a")
check(lambda: [1, "a"] < [1, 2])
check(lambda: [1, "a"] < [2, 2])
