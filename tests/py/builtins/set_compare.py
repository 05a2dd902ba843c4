# set comparisons are subset tests
a, b, c = {1}, {1, 2}, {3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a)
print(a == {1}, a != b, a < c, a > c, c == c)
print(frozenset([1]) == {1}, {1} == frozenset([1]), frozenset() < {1})
print(a == [1], a != (1,))
try:
    a < [1, 2]
except TypeError as e:
    print(type(e).__name__)
