# enumerate yields (index, item) pairs
print(list(enumerate("abc")), list(enumerate([])))
for i, x in enumerate([10, 20]):
    print(i, x)
print(dict(enumerate("xy")), list(enumerate(range(3), 1)))
e = enumerate(["a"])
print(next(e), next(e, "done"))
