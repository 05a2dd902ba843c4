# set() from iterables; duplicates collapse
print(set(), set([1, 2, 2, 3]), set((3,)), set(range(4)), set({1: "a"}))
print(sorted(set("hello")), sorted(set(x % 3 for x in range(9))))
s = {1, 2}
print(set(s) == s, set(s) is s)
for t in (lambda: set(1), lambda: set([[1]]), lambda: set([], []), lambda: set(iterable=[])):
    try:
        t()
    except TypeError as e:
        print(type(e).__name__)
