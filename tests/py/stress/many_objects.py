# creating many instances and closures
class P:
    def __init__(self, v):
        self.v = v
objs = [P(i) for i in range(20000)]
print(len(objs), sum(o.v for o in objs), objs[-1].v)
fs = [lambda x, i=i: x + i for i in range(5000)]
print(sum(f(1) for f in fs))
gens = [(j for j in range(3)) for _ in range(1000)]
print(sum(sum(g) for g in gens))
pairs = [(i, str(i)) for i in range(10000)]
print(pairs[1234], len(dict(pairs)))
