# subclassing dict
class Registry(dict):
    def register(self, name, value):
        self[name] = value
        return value
    def names(self):
        return sorted(self.keys())
r = Registry()
r.register("b", 2)
r.register("a", 1)
r["c"] = 3
print(r.names(), r["a"], len(r), "b" in r, r.get("z", 0))
print(isinstance(r, dict), sorted(r.items()))
del r["c"]
print(r.names())
class WithDefault(dict):
    def get_or(self, key, default):
        return self[key] if key in self else default
w = WithDefault(x=1)
print(w.get_or("x", 0), w.get_or("y", 0))
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["K"] = "v"
print(u["k"])
