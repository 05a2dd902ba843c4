# sets: construction, membership, mutation
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s))
s.add(4)
s.add(1)
print(sorted(s))
s.remove(4)
s.discard(100)
print(sorted(s), 2 in s, 5 in s)
print(sorted(set("hello")), set() == set(), len(set([1, 1, 1])))
e = set()
print(e, type({}).__name__, type(e).__name__)
p = s.pop()
print(p in {1, 2, 3}, len(s))
s.clear()
print(len(s))
s.update([1, 2], (3,))
print(sorted(s))
c = s.copy()
c.add(99)
print(sorted(s), sorted(c))
try:
    s.remove(42)
except KeyError:
    print("KeyError")
try:
    set().pop()
except KeyError:
    print("KeyError on pop")
print({1, 2} == {2, 1}, {1} != {1, 2})
