# keys and items views have isdisjoint
k = {1: "a", 2: "b"}.keys()
print(k.isdisjoint([3, 4]), k.isdisjoint({2}), k.isdisjoint([]), k.isdisjoint(iter([9])))
i = {1: "a"}.items()
print(i.isdisjoint([(1, "b")]), i.isdisjoint([(1, "a")]))
print(hasattr({}.values(), "isdisjoint"))
