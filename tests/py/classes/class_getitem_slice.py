# slices passed to __getitem__ arrive as slice objects
class Probe:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
p = Probe()
print(p[1])
print(p[1:2])
print(p[:5])
print(p[::2])
print(p[1:10:3])
print(p[-1:])
print(p[:])
print(p[1, 2])
