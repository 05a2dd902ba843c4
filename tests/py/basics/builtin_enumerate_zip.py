# enumerate and zip
print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 1)), list(enumerate([], 5)))
for i, c in enumerate("hi", start=10):
    print(i, c)
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
names = ["a", "b"]
ages = [1, 2]
print(dict(zip(names, ages))["b"])
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
e = enumerate("q")
print(next(e), next(e, "done"))
