# sorting dict items by key and by value
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d), sorted(d.items()), sorted(d.items(), key=lambda kv: kv[1]))
print(sorted(d, key=d.get), sorted(d.values(), reverse=True))
print(dict(sorted(d.items())))
