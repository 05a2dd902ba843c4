# reversed() of views
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(d.keys().__reversed__()))
