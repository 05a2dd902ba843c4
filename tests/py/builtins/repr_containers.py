# repr of containers uses repr of the items
print(repr([1, "a", None]))
print(repr((1,)), repr(()), repr((1, "b")))
print(repr({"a": [1], 2: "b"}))
print(repr({1}), repr(set()), repr(frozenset()), repr(frozenset([5])))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr(range(3)), repr(range(1, 9, 2)), repr(slice(1, 2)))
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
