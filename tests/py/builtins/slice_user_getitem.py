# user __getitem__ receives slice objects
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1:2], s[::3], s[:], s[1:2, 3], s[slice(4)])
k = s[2:9:2]
print(k.start, k.stop, k.step, k.indices(5))
