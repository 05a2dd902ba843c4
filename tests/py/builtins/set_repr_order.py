# set repr; small ints appear in order
print({3, 1, 2}, {10, 0, 5}, set(range(6)), frozenset({2, 1}))
print({-1}, {(1, 2)}, set([None]))
