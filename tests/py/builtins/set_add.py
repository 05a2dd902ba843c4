# add inserts an element once
s = set()
print(s.add(1), s)
s.add(1)
s.add(1.0)
s.add(True)
s.add((1, 2))
s.add(frozenset([3]))
print(len(s), 1 in s, (1, 2) in s, frozenset([3]) in s)
for bad in ([], {}, set()):
    try:
        s.add(bad)
    except TypeError as e:
        print(type(e).__name__)
