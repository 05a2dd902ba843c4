# enumerate and zip working together
names = ["a", "b", "c"]
vals = [10, 20]
for i, (n, v) in enumerate(zip(names, vals), 1):
    print(i, n, v)
print(list(zip(*enumerate("xy"))))
print(dict(enumerate(zip("ab", "cd"))))
