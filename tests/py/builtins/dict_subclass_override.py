# overriding __setitem__ and __getitem__ in a dict subclass
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["a"] = 1
print(u["a"], u["A"], dict.__repr__(u), "A" in u, u.get("a"))
