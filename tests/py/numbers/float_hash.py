# equal ints and floats have equal hashes
for v in (0, 1, -1, 2, 1000, -1000, 2**31 - 2, 2**31 - 1, 2**31, 2**40, 2**53, -(2**53), 10**15):
    print(v, hash(v) == hash(float(v)), hash(-v) == hash(float(-v)))
print(hash(0.0) == hash(-0.0), hash(1.5) == hash(1.5), {1.0: "a"}[1], {2: "b"}[2.0], len({1, 1.0, True}), len({0.5, 0.25}))
