# remove raises KeyError for missing elements; discard does not
s = {1, 2, 3}
s.remove(2)
print(s)
try:
    s.remove(2)
except KeyError as e:
    print(type(e).__name__)
print(s.discard(3), s.discard(3), s)
t = {frozenset([1])}
t.remove({1})
print(t)
t.add(frozenset([2]))
t.discard({2})
print(t)
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__)
