# insert at any index; out-of-range indexes clamp
a = [1, 2, 3]
a.insert(0, "start")
a.insert(2, "mid")
a.insert(-1, "before last")
a.insert(100, "end")
a.insert(-100, "front")
print(a)
b = []
b.insert(5, "x")
b.insert(-5, "y")
print(b)
class I:
    def __index__(self):
        return 1
b.insert(I(), "z")
print(b)
for args in ((1,), ("a", 1), (1.0, 1)):
    try:
        b.insert(*args)
    except TypeError as e:
        print(type(e).__name__)
