# calling the container types makes empty or converted values
print(list(), tuple(), dict(), set(), frozenset())
print(list("ab"), tuple([1]), dict([(1, 2)]), set("aa"), frozenset([1]))
print(type(list()) is list, type(frozenset()) is frozenset)
print(list.__name__, dict.fromkeys("ab"))
