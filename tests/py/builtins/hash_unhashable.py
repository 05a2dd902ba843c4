# mutable containers are unhashable
for x in ([], {}, set(), [1], {1: 2}, ([],)):
    try:
        hash(x)
        print("hashable?")
    except TypeError as e:
        print(type(e).__name__)
print(hash(()) == hash(()))
