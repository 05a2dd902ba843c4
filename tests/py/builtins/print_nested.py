# print of nested and recursive containers
a = [1, [2, [3, []]], (4, (5,)), {"k": [6]}]
print(a)
b = [1]
b.append(b)
print(b)
d = {}
d["self"] = d
print(d)
print((), (1,), [()], [[]], {}, set())
