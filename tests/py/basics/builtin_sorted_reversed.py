# sorted returns a new list; reversed returns an iterator
l = [3, 1, 2]
s = sorted(l)
print(s, l, s is l)
print(list(reversed(l)), l)
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(sorted("banana"), sorted({3: 0, 1: 0}), sorted({5, 2, 9}))
print(sorted([3, 1, 2], reverse=True))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
