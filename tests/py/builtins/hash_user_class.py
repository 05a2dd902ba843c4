# __hash__, and classes defining __eq__ without __hash__
class H:
    def __hash__(self):
        return 42
print(hash(H()))
class E:
    def __eq__(self, other):
        return True
try:
    hash(E())
except TypeError as e:
    print(type(e).__name__)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__)
