# iterators defined with __iter__ and __next__
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), sorted(Count(3), reverse=True))
c = Count(2)
print(next(c), next(c), next(c, "end"))
print(list(zip(Count(3), "abcd")), list(enumerate(Count(2))))
