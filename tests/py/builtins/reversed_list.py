# reversed of a list is a live reverse iterator
a = [1, 2, 3]
print(list(reversed(a)), a)
r = reversed(a)
print(next(r))
a.append(4)
print(list(r))
print(list(reversed([])))
r = reversed([1, 2, 3])
print(next(r))
