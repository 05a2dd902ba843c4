# sets of frozensets; set elements looked up as frozensets
s = {frozenset([1, 2]), frozenset([3])}
print(frozenset([2, 1]) in s, {1, 2} in s, {9} in s)
print(len({frozenset(), frozenset([])}))
d = {frozenset("ab"): 1}
print(d[frozenset("ba")])
