# the in operator uses __contains__, then iteration
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
e = Evens()
print(4 in e, 5 in e, 5 not in e)
class Iterable:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Iterable(), 7 in Iterable())
class Truthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in Truthy())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError:
    print("TypeError")
