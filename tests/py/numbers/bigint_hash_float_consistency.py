# equal ints and floats hash alike, also beyond 64 bits (dict keys)
for v in (0, 1, -1, 2**31 - 1, 2**31, 2**61 - 1, 2**62, 2**63, 2**64, 2**70, -(2**70), 2**100, 10**20, 2**1000):
    f = float(v)
    print(f == v, hash(f) == hash(v), hash(v) == hash(v + 0), {v: 'int'}[f] if f == v else None)
d = {2**70: 'a', 2.0**80: 'b'}
print(d[2.0**70], d[2**80], 2**70 in d, 2.0**70 in d)
print(hash(2**100) == hash(2**100), hash(-(2**100)) == hash(-(2**100)), hash(True) == hash(1))
