# update from a dict, pairs and keywords; later values win
d = {"a": 1}
print(d.update({"b": 2}), d)
d.update([("c", 3), ("a", 10)])
d.update(x=1, a=11)
d.update()
d.update({}, y=2)
print(d)
d.update(d)
print(d)
