# range.count and range.index
r = range(0, 20, 5)
print(r.index(0), r.index(15), r.count(10), r.count(11), r.count(25))
print(range(10, 0, -2).index(4), range(5).index(True), range(5).count(2.0))
for x in (3, 20, "a", -5):
    try:
        r.index(x)
    except ValueError as e:
        print(type(e).__name__)
