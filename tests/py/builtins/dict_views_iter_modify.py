# changing the dict's size while iterating a view raises RuntimeError
d = {1: 1, 2: 2}
for view in (d.keys(), d.values(), d.items()):
    try:
        for x in view:
            d[len(d) + 10] = 0
    except RuntimeError as e:
        print(type(e).__name__)
d = {1: 1, 2: 2}
for k in d.keys():
    d[k] = 5
print(d)
