# iter of non-iterables, and __iter__ returning a non-iterator
for x in (1, None, 2.5, object()):
    try:
        iter(x)
    except TypeError as e:
        print(type(e).__name__)
class Bad:
    def __iter__(self):
        return 1
try:
    iter(Bad())
except TypeError as e:
    print(type(e).__name__)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__)
try:
    iter()
except TypeError as e:
    print(type(e).__name__)
