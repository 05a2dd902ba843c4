# a dict subclass is filled by dict.__init__ and keeps dict behaviour
class D(dict):
    def total(self):
        return sum(self.values())
d = D({"a": 1}, b=2)
print(d, d.total(), type(d).__name__, isinstance(d, dict), len(d))
d["c"] = 3
print(sorted(d.keys()), d.pop("a"), d.get("b"), d.total())
class Init(dict):
    def __init__(self, n):
        super().__init__()
        for i in range(n):
            self[i] = i * i
print(Init(3))
print(dict(D(x=1)), D(x=1) == {"x": 1})
