# the repr of set and frozenset subclasses names the class
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), S(), F([2]), F())
