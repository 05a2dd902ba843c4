# bad calls raise TypeError
def check(f):
    try:
        f()
        print("no error")
    except TypeError:
        print("TypeError")
for obj in (5, "s", None, [1], (), 1.5):
    check(lambda: obj())
def two(a, b):
    return a
check(lambda: two(1))
check(lambda: two(1, 2, 3))
check(lambda: two(1, b=2, c=3))
check(lambda: two(1, 2, a=3))
class C:
    def m(self):
        return "m"
check(lambda: C().m(1))
check(lambda: C.m())
print(C().m(), C.m(C()))
