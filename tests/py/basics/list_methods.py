# list methods
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend("ab"); print(l)
l.insert(0, "first"); print(l)
l.insert(-1, "before-last"); print(l)
l.insert(100, "end"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(2), l.count(2), [1, 1, 2].count(1))
l = [5, 2, 8, 1]
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy()
c.clear()
print(l, c)
print([1, 2, 3].index(3), [1, 2, 1].index(1, 1))
