# class attributes as counters and registries
class Tracked:
    count = 0
    registry = []
    def __init__(self, name):
        Tracked.count += 1
        self.id = Tracked.count
        Tracked.registry.append(name)
for n in "abc":
    Tracked(n)
print(Tracked.count, Tracked.registry)
t = Tracked("d")
print(t.id, t.count)
class Sub(Tracked):
    pass
Sub("e")
print(Tracked.count, Sub.count, Tracked.registry[-1])
