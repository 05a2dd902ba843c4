# dicts are equal when they have the same items, in any order
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2}, {} == {})
print({1: [1]} == {1: [1]}, {1: 1} == {1: 1.0}, {1: 2} == [(1, 2)])
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__)
