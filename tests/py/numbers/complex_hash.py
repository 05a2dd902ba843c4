# complex hashes agree with equal ints and floats
for v in (0, 1, -1, 2.5, -0.5, 2**40, 1e10):
    print(hash(complex(v, 0)) == hash(v), hash(complex(v, 1)) == hash(complex(v, 1)))
print({1 + 0j: "a"}[1], {2.5: "b"}[2.5 + 0j], hash(1j) == hash(1j), hash(0j) == hash(0))
