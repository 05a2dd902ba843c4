# dict() from a mapping, pairs or keywords
print(dict(), dict({"a": 1}), dict([("a", 1), ("b", 2)]), dict(a=1, b=2))
print(dict([("a", 1)], b=2), dict({"a": 1}, a=3), dict(zip("xy", (1, 2))))
print(dict([["k", "v"]]), dict(["ab", "cd"]), dict([(1, 2), (1, 3)]))
print(dict((i, i * i) for i in range(3)), dict({1: 2}.items()))
d = {"x": [1]}
c = dict(d)
print(c == d, c is d, c["x"] is d["x"])
