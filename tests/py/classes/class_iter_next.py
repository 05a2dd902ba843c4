# the iterator protocol: __iter__ and __next__
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(3)))
for x in CountDown(2):
    print(x)
c = CountDown(2)
print(next(c), next(c), next(c, "done"))
class Container:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return ContainerIter(self.items)
class ContainerIter:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        self.i += 1
        return self.items[self.i - 1]
box = Container("abc")
print(list(box), list(box), sorted(box, reverse=True))
print(dict(zip(box, range(3)))["c"], max(box), "b" in box)
a, b, c = box
print(a, b, c)
