# dict() and update() accept any object with keys() and __getitem__
class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(dict(M()))
d = {"z": 0}
d.update(M())
print(d)
class NotMapping:
    def __getitem__(self, k):
        return k
try:
    dict(NotMapping())
except TypeError as e:
    print(type(e).__name__)
