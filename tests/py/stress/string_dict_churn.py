# repeated insertion and deletion in a dict with string keys
d = {}
for round_ in range(20):
    for i in range(1000):
        d["key%d" % i] = round_
    for i in range(0, 1000, 3):
        del d["key%d" % i]
print(len(d), d["key1"], "key0" in d)
