# iterating over dicts (printing sorted, as MicroPython's dict order differs)
d = {"x": 1, "y": 2, "z": 3}
print(sorted(d))
print(sorted(k for k in d))
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
total = 0
for k, v in d.items():
    total += v
print(total)
print(len(d.keys()), len(d.items()), "x" in d.keys(), 2 in d.values(), ("y", 2) in d.items())
print(sorted(list(d)), sorted(tuple(d.values())))
inverted = {v: k for k, v in d.items()}
print(sorted(inverted.items()))
single = {"k": "v"}
print(list(single), list(single.values()), list(single.items()), single)
