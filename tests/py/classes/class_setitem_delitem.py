# __setitem__ and __delitem__
class Store:
    def __init__(self):
        self.data = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __getitem__(self, key):
        return self.data[key]
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
s = Store()
s["a"] = 1
s[2] = [3]
s["a"] += 10
print(s["a"], sorted(s.data, key=str))
del s[2]
print(len(s.data))
try:
    del s["missing"]
except KeyError:
    print("KeyError")
s[1], s[2] = "x", "y"
print(s[1], s[2])
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[0] = 1
except TypeError:
    print("TypeError")
try:
    del ReadOnly()[0]
except TypeError:
    print("TypeError")
