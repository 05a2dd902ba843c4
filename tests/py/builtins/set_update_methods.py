# in-place updates with any number of iterables
s = {1, 2}
print(s.update([3], (4, 5), "a"), sorted(s, key=str))
s = {1, 2, 3, 4, 5}
s.intersection_update([1, 2, 3, 4], range(2, 10))
print(s)
s.difference_update([2], {3})
print(s)
s.symmetric_difference_update([4, 6])
print(s)
s = {1, 2}
s.update()
s.intersection_update()
s.difference_update()
print(s)
s.difference_update(s)
print(s)
t = {1, 2}
t.symmetric_difference_update(t)
print(t)
