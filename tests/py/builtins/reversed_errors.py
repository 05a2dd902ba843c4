# objects that are not reversible
for x in ({1, 2}, frozenset(), 5, iter([1]), (i for i in range(2))):
    try:
        reversed(x)
    except TypeError as e:
        print(type(e).__name__)
class OnlyGet:
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGet())
except TypeError as e:
    print(type(e).__name__)
try:
    reversed()
except TypeError as e:
    print(type(e).__name__)
