# reversed(dict) walks the keys from the last inserted
d = dict.fromkeys("abcd")
del d["b"]
print(list(reversed(d)), list(d.__reversed__()))
print(list(reversed({})))
