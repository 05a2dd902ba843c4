# repr calls __repr__; its result must be a str
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % (self.x,)
print(repr(P(1)), repr([P("s")]))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__)
class Plain:
    pass
r = repr(Plain())
print(r.startswith("<") and "Plain object at" in r)
