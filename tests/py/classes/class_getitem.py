# __getitem__ for indexing, slicing and the old iteration protocol
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, index):
        return self.data[index]
    def __len__(self):
        return len(self.data)
s = Seq([10, 20, 30, 40])
print(s[0], s[-1], s[1:3])
print(list(s), [x for x in s], 30 in s, 99 in s)
a, b, *rest = s
print(a, b, rest)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), sum(Squares()))
class Mapping:
    def __getitem__(self, key):
        return key.upper() if isinstance(key, str) else key * 2
m = Mapping()
print(m["abc"], m[21], m[(1, 2)])
