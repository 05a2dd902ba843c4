# count compares with ==
a = [1, 2, 1, 1.0, True, "1", [1]]
print(a.count(1), a.count("1"), a.count([1]), a.count(3), [].count(None))
try:
    a.count()
except TypeError as e:
    print(type(e).__name__)
