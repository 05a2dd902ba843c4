# tuple.index and tuple.count
t = (1, "a", 1, 2.0, [3])
print(t.index(1), t.index(2), t.index([3]), t.index(1, 1), t.index(1, -3, 3))
print(t.count(1), t.count(2), t.count("b"), ().count(0))
for args in ((9,), (1, 3), ("a", 0, 1)):
    try:
        t.index(*args)
    except ValueError as e:
        print(type(e).__name__)
try:
    t.count()
except TypeError as e:
    print(type(e).__name__)
