# iterators expose __next__ and __iter__
it = iter([1, 2])
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print(type(e).__name__)
for it in (enumerate("a"), zip("a"), map(str, [1]), filter(None, [1]), iter(range(1)), iter({1: 2}), iter({3})):
    print(it.__iter__() is it, it.__next__())
