# dict creation, lookup, update, deletion
d = {"a": 1, "b": 2}
print(d["a"], len(d), "a" in d, "z" in d)
d["c"] = 3
d["a"] = 10
print(sorted(d.items()))
del d["b"]
print(sorted(d.keys()), sorted(d.values()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("a"), d.pop("zz", "dflt"), sorted(d))
print(d.setdefault("c", 99), d.setdefault("n", []), sorted(d.items()))
d.update({"x": 1})
d.update(y=2)
d.update([("z", 3)])
print(sorted(d.items()))
print(dict(a=1)["a"], dict([("k", "v")])["k"], dict({"q": 0}), len(dict()))
e = d.copy()
e.clear()
print(len(d), len(e), e)
print({} == {}, {"a": 1} == {"a": 1}, {"a": 1} != {"a": 1.0})
print(dict.fromkeys("ab", 0)["b"], sorted(dict.fromkeys([1, 2])))
k, v = {"only": "one"}.popitem()
print(k, v)
